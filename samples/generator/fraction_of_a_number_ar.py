"""What the fraction-of-a-number-ar microlecture says, shows and asks: a right-to-left sample.

Arabic prompts, choices, slides and narration with digits, fractions and English terms mixed in
("ما هو 3/4 من 20؟", "المقام denominator"), so the player's bidi text, shaping and fonts are
exercised end to end. Slides are drawn with the "pango" text engine (see canvas.py); right-to-left
text is anchored at its right edge and fraction bars are shaded from the right, as Arabic readers
read them. English captions are a second track for teachers who do not read Arabic.
"""

from __future__ import annotations

from .canvas import HEADER, INK, MUTED, WIDTH, Canvas
from .model import Anchor, CaptionTrack, Cue, Slide

LESSON_ID = "fraction-of-a-number-ar"
TITLE = "كسر من عدد"
DESCRIPTION = ("درس قصير قبل الحصة: كيف نجد كسرا من عدد، مثل 3/4 من 20، بالقسمة على المقام ثم الضرب "
               "في البسط، مع أسماء أجزاء الكسر بالإنجليزية (numerator و denominator).")
LANGUAGE = "ar"
SETTINGS = {"allow-skip-ahead": "false", "pass-score": "60", "max-attempts": "2"}
VOICE = "ar"
TEXT_ENGINE = "pango"
SECONDS = (60, 90)
MAX_BYTES = 2_000_000

RIGHT = WIDTH - 80  # where right-to-left text starts


def _title(c: Canvas) -> None:
    c.box(0, 0, 1280, 16, HEADER)
    c.text("كسر من عدد", 640, 110, 92, HEADER, bold=True, center=True)
    c.text("ما هو 3/4 من 20؟", 640, 260, 48, INK, center=True)
    c.fraction_bar(340, 370, 600, 110, 4, 3, from_right=True)
    c.text("درس قصير قبل الحصة · دقيقة ونصف تقريبا", 640, 540, 30, MUTED, center=True)
    c.text("سيتوقف الفيديو ليسألك: جهز ورقة وقلما.", 640, 595, 28, MUTED, center=True)


def _divide_multiply(c: Canvas) -> None:
    c.header("2/3 من 12: نقسم ثم نضرب", rtl=True)
    # Twelve counters in three groups of four, two groups taken (from the right).
    for group in range(3):
        taken = group < 2
        right_edge = RIGHT - group * 380
        for i in range(4):
            x = right_edge - (i + 1) * 85
            c.box(x, 170, 64, 64, "0xF2A541" if taken else "0xFFFFFF")
            c.box(x, 170, 64, 64, INK, thickness=3)
    c.text("12 ÷ 3 = 4", RIGHT - 640, 300, 56, INK, bold=True, right=True)
    c.text("١) اقسم على المقام 3", RIGHT, 306, 44, HEADER, right=True)
    c.text("4 × 2 = 8", RIGHT - 640, 420, 56, INK, bold=True, right=True)
    c.text("٢) اضرب في البسط 2", RIGHT, 426, 44, HEADER, right=True)
    c.text("2/3 من 12 = 8", 640, 570, 52, INK, bold=True, center=True)


def _names(c: Canvas) -> None:
    c.header("أسماء أجزاء الكسر", rtl=True)
    c.fraction(3, 4, 300, 330, 120)
    # Pointers from each label to its number; a 38 px Arabic line's glyphs centre ~40 px below its top.
    c.box(380, 266, 70, 5, MUTED)
    c.box(380, 392, 70, 5, MUTED)
    c.text("البسط (numerator): عدد الأجزاء التي نأخذها", RIGHT, 226, 38, INK, right=True)
    c.text("المقام (denominator): عدد الأجزاء المتساوية", RIGHT, 352, 38, INK, right=True)
    c.text("الرقم العلوي هو البسط، والرقم السفلي هو المقام.", 640, 600, 34, MUTED, center=True)


def _practice(c: Canvas) -> None:
    c.header("تمرين", rtl=True)
    c.text("2/5 من 30 = ؟", 640, 170, 80, INK, bold=True, center=True)
    c.text("30", 640, 300, 40, MUTED, bold=True, center=True)
    c.fraction_bar(240, 380, 800, 110, 5, 2, from_right=True)
    c.text("اقسم على المقام، ثم اضرب في البسط. اكتب الجواب بالأرقام.", 640, 560, 34, INK, center=True)


def _summary(c: Canvas) -> None:
    c.header("الخلاصة", rtl=True)
    bullets = ("• اقسم العدد على المقام (denominator)\n"
               "• اضرب الناتج في البسط (numerator)\n"
               "• مثال: 3/4 من 20 = 15، لأن 20 ÷ 4 = 5 و 5 × 3 = 15")
    c.text(bullets, RIGHT, 170, 40, INK, line_spacing=24, right=True)
    c.text("أراك في الصف!", 640, 560, 56, HEADER, bold=True, center=True)


SLIDES = [
    Slide("welcome", "مقدمة", _title,
          "مرحبا! في هذا الدرس القصير نتعلم كيف نجد كسرا من عدد، مثل ثلاثة أرباع العشرين. سيتوقف "
          "الفيديو ليسألك، فجهز ورقة وقلما."),
    Slide("divide-multiply", "الطريقة", _divide_multiply,
          "لنجد ثلثي الاثني عشر. أولا نقسم الاثني عشر على المقام ثلاثة، فيكون كل ثلث أربعة. ثم نضرب "
          "الأربعة في البسط اثنين، فنحصل على ثمانية."),
    Slide("names", None, _names,
          "في الكسر ثلاثة أرباع، الرقم العلوي ثلاثة هو البسط، وبالإنجليزية numerator. والرقم السفلي "
          "أربعة هو المقام، وبالإنجليزية denominator."),
    Slide("practice", "تمرين", _practice,
          "حان دورك. احسب خمسي الثلاثين: اقسم على المقام، ثم اضرب في البسط، واكتب الجواب بالأرقام."),
    Slide("summary", None, _summary,
          "الخلاصة: لإيجاد كسر من عدد، نقسم العدد على المقام، ثم نضرب الناتج في البسط. أراك في الصف!"),
]

CUES = [
    Cue("prior-knowledge", Anchor("welcome"), {
        "type": "poll",
        "prompt": "قبل أن نبدأ: هل سمعت كلمة fraction من قبل؟",
        "choices": [("yes", "نعم"), ("no", "لا"), ("unsure", "لست متأكدا")],
    }, required=False, scripted_answers=["unsure"]),
    Cue("three-quarters-of-20", Anchor("divide-multiply"), {
        "type": "single-choice", "points": "1",
        "prompt": "ما هو 3/4 من 20؟",
        "choices": [
            ("a", "15", True, "صحيح: 20 ÷ 4 = 5، و 5 × 3 = 15."),
            ("b", "5", False, "هذا ربع واحد فقط: 20 ÷ 4 = 5. نحتاج ثلاثة أرباع."),
            ("c", "60", False, "هذا 20 × 3. لا تنس القسمة على المقام 4."),
        ],
        "feedback-correct": "أحسنت!",
        "feedback-incorrect": "لنشاهد الطريقة مرة أخرى.",
    }, remediation_slide="divide-multiply", scripted_answers=["c", "a"]),
    Cue("name-of-denominator", Anchor("names"), {
        "type": "text", "points": "1",
        "prompt": "ما اسم الرقم السفلي في الكسر بالإنجليزية؟",
        "accept": ["denominator"],
        "feedback-correct": "صحيح: denominator هو المقام.",
        "feedback-incorrect": "الرقم السفلي هو المقام، وبالإنجليزية denominator.",
    }, scripted_answers=["Denominator"]),
    Cue("two-fifths-of-30", Anchor("practice"), {
        "type": "numeric", "points": "1",
        "prompt": "كم يساوي 2/5 من 30؟ اكتب عددا.",
        "answer": ("12", "0"),
        "feedback-correct": "صحيح: 30 ÷ 5 = 6، و 6 × 2 = 12.",
        "feedback-incorrect": "اقسم 30 على 5 أولا، ثم اضرب الناتج في 2.",
    }, scripted_answers=[12]),
    Cue("half-of-ten", Anchor("summary"), {
        "type": "true-false", "points": "1",
        "prompt": "صح أم خطأ: 1/2 من 10 يساوي 5.",
        "choices": [("true", "صح", True, "نعم: 10 ÷ 2 = 5، و 5 × 1 = 5."),
                    ("false", "خطأ", False, "اقسم 10 على المقام 2، ثم اضرب في البسط 1.")],
        "feedback-correct": "صحيح.",
        "feedback-incorrect": "نصف العشرة خمسة.",
    }, scripted_answers=["true"]),
]

# English captions: the narration of each slide, translated, over the same span as the Arabic speech.
ENGLISH = {
    "welcome": "Hello! In this short lesson we learn how to find a fraction of a number, like three quarters of "
               "twenty. The video will stop to ask you, so get paper and a pencil ready.",
    "divide-multiply": "Let's find two thirds of twelve. First we divide twelve by the denominator, three, so each "
                       "third is four. Then we multiply four by the numerator, two, and get eight.",
    "names": "In the fraction three quarters, the top number, three, is the numerator (البسط). The bottom number, "
             "four, is the denominator (المقام).",
    "practice": "Your turn. Work out two fifths of thirty: divide by the denominator, then multiply by the "
                "numerator, and write the answer in digits.",
    "summary": "To sum up: to find a fraction of a number, divide the number by the denominator, then multiply the "
               "result by the numerator. See you in class!",
}

CAPTION_TRACKS = [
    CaptionTrack("captions.ar.vtt", LANGUAGE, "العربية", {slide.key: slide.narration for slide in SLIDES}),
    CaptionTrack("captions.en.vtt", "en", "English", ENGLISH),
]
