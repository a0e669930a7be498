"""What the intro-fractions microlecture says, shows and asks.

Slides carry their narration and a drawing function; cues are anchored to the end of
the narration that explains their answer, so retiming the speech moves them too.
Numbers are spelled out in narration because it is both spoken and captioned.
"""

from __future__ import annotations

from . import translation_es
from .canvas import ACCENT, HEADER, INK, MUTED, Canvas
from .model import Anchor, CaptionTrack, Cue, Slide

LESSON_ID = "intro-fractions"
TITLE = "Equivalent fractions"
DESCRIPTION = ("A three-minute microlecture to watch before class: what a fraction means, what the "
               "numerator and denominator tell us, how different fractions can name the same amount, how to "
               "simplify a fraction and where fractions sit on the number line.")
LANGUAGE = "en"
SETTINGS = {"allow-skip-ahead": "false", "pass-score": "60", "max-attempts": "2"}
VOICE = "en-us"
TEXT_ENGINE = "drawtext"  # Latin only: ffmpeg's drawtext is enough
SECONDS = (120, 240)
MAX_BYTES = 5_000_000


def _title(c: Canvas) -> None:
    c.box(0, 0, 1280, 16, HEADER)
    c.text("Fractions", 640, 120, 92, HEADER, bold=True, center=True)
    c.text("Parts of a whole and equivalent fractions", 640, 250, 40, INK, center=True)
    c.fraction_bar(340, 360, 600, 110, 4, 3)
    c.fraction(3, 4, 1070, 415, 54)
    c.text("A flipped-classroom microlecture · about 3 minutes", 640, 560, 30, MUTED, center=True)
    c.text("The video stops to ask you questions: keep a pencil and paper nearby.", 640, 610, 26, MUTED,
           center=True)


def _equal_parts(c: Canvas) -> None:
    c.header("A fraction names equal parts")
    c.fraction_bar(90, 190, 640, 140, 4, 3)
    c.text("4 equal pieces, 3 of them eaten", 410, 350, 30, MUTED, center=True)
    c.fraction(3, 4, 980, 260, 110)
    c.text("3  ← numerator: how many parts we take", 90, 460, 36)
    c.text("4  ← denominator: how many equal parts", 90, 530, 36)
    c.text("      make the whole", 90, 580, 36)


def _denominator(c: Canvas) -> None:
    c.header("The denominator: how many equal parts")
    for row, parts in enumerate((2, 3, 4, 6)):
        y = 150 + row * 110
        c.fraction(1, parts, 150, y + 40, 34)
        c.fraction_bar(240, y, 820, 80, parts, 1)
    c.text("More equal parts → each part is smaller", 640, 620, 38, INK, bold=True, center=True)


def _numerator(c: Canvas) -> None:
    c.header("The numerator: how many parts we take")
    for row, shaded in enumerate((1, 2, 3)):
        y = 160 + row * 135
        c.fraction(shaded, 5, 150, y + 45, 38)
        c.fraction_bar(240, y, 820, 90, 5, shaded)
    c.text("Same denominator: the bigger numerator is the bigger amount", 640, 610, 30, INK, bold=True,
           center=True)


def _same_amount(c: Canvas) -> None:
    c.header("Same amount, different names")
    for row, (top, parts) in enumerate(((1, 2), (2, 4), (4, 8))):
        y = 160 + row * 130
        c.fraction(top, parts, 170, y + 45, 38)
        c.fraction_bar(280, y, 800, 90, parts, top)
    c.box(678, 140, 4, 400, "0xC0392B")
    c.text("1/2 = 2/4 = 4/8", 640, 565, 48, INK, bold=True, center=True)
    c.text("equivalent fractions", 640, 630, 32, MUTED, center=True)


def _fraction_row(c: Canvas, cy: float, terms: list) -> None:
    """Draws e.g. [(2, 3), '×', (2, 2), '=', (4, 6)] left to right around height cy."""
    x = 110
    for term in terms:
        if isinstance(term, tuple):
            c.fraction(term[0], term[1], x, cy, 44)
            x += 80
        else:
            c.text(term, x - 10, cy - 26, 48, INK, bold=True)
            x += 70


def _making_equivalent(c: Canvas) -> None:
    c.header("Making equivalent fractions")
    rows = (([(2, 3)], 3, 2), ([(2, 3), "×", (2, 2), "=", (4, 6)], 6, 4),
            ([(2, 3), "×", (3, 3), "=", (6, 9)], 9, 6))
    for row, (terms, parts, shaded) in enumerate(rows):
        cy = 200 + row * 145
        _fraction_row(c, cy, terms)
        c.fraction_bar(620, cy - 40, 560, 80, parts, shaded)
    c.text("Multiply top and bottom by the same number", 640, 615, 38, INK, bold=True, center=True)


def _simplifying(c: Canvas) -> None:
    c.header("Simplifying a fraction")
    _fraction_row(c, 215, [(6, 8), "÷", (2, 2), "=", (3, 4)])
    c.text("6 and 8 are both divisible by 2", 560, 190, 32, MUTED)
    c.fraction(6, 8, 150, 370, 34)
    c.fraction_bar(240, 330, 820, 80, 8, 6)
    c.fraction(3, 4, 150, 480, 34)
    c.fraction_bar(240, 440, 820, 80, 4, 3)
    c.text("Simplest form: top and bottom share no factor bigger than 1", 640, 600, 32, INK, bold=True,
           center=True)


def _number_line(c: Canvas) -> None:
    c.header("Fractions on the number line")
    left, right, y = 140, 1140, 340
    c.box(left, y - 3, right - left, 6, INK)
    labels = (("0", "1", "0"), (1, 4, "0.25"), (1, 2, "0.5"), (3, 4, "0.75"), ("1", "1", "1"))
    for step, (top, bottom, decimal) in enumerate(labels):
        x = left + step * (right - left) / 4
        c.box(x - 3, y - 22, 6, 44, INK)
        if isinstance(top, int):
            c.fraction(top, bottom, x, y - 95, 38)
        else:
            c.text(top, x, y - 110, 44, INK, bold=True, center=True)
        c.text(decimal, x, y + 40, 34, MUTED, center=True)
    c.box(left + 3 * (right - left) / 4 - 14, y - 14, 28, 28, ACCENT)
    c.text("3/4 = 3 ÷ 4 = 0.75", 640, 520, 52, INK, bold=True, center=True)
    c.text("the fraction line means “divide”", 640, 600, 32, MUTED, center=True)


def _summary(c: Canvas) -> None:
    c.header("Summary")
    bullets = ("• Denominator: how many equal parts make the whole\n"
               "• Numerator: how many of those parts we take\n"
               "• Multiply or divide top and bottom by the same\n"
               "   number → an equivalent fraction\n"
               "• A fraction is a number: top ÷ bottom")
    c.text(bullets, 90, 160, 36, INK, line_spacing=22)
    c.text("See you in class!", 640, 590, 48, HEADER, bold=True, center=True)


SLIDES = [
    Slide("welcome", "What is a fraction?", _title,
          "Welcome! In this short lesson we will look at fractions. You will learn what a fraction means, "
          "how two different fractions can name the same amount, and how to simplify a fraction. The video "
          "will stop a few times to ask you a question, so keep a pencil and paper nearby."),
    Slide("equal-parts", None, _equal_parts,
          "Here is a chocolate bar cut into four equal pieces. We eat three of them. We write that as three "
          "quarters: a three on top, a line, and a four underneath. The number on the bottom is called the "
          "denominator. The number on top is called the numerator."),
    Slide("denominator", "Numerator and denominator", _denominator,
          "The denominator tells us how many equal parts the whole is cut into. Cut a bar into two, and "
          "each part is one half. Cut it into four, and each part is one quarter. The bigger the "
          "denominator, the more parts there are, so each part is smaller. The parts must always be equal."),
    Slide("numerator", None, _numerator,
          "The numerator counts how many of those equal parts we take. Here every bar is cut into five "
          "parts. One fifth, two fifths, three fifths. When the denominators are the same, the fraction "
          "with the bigger numerator is the bigger amount."),
    Slide("same-amount", "Equivalent fractions", _same_amount,
          "Look at these three bars. The first is cut into two parts, with one shaded. The second is cut "
          "into four, with two shaded. The third is cut into eight, with four shaded. The shaded amount is "
          "exactly the same! One half, two quarters and four eighths are equivalent fractions."),
    Slide("making-equivalent", None, _making_equivalent,
          "To make an equivalent fraction, multiply the numerator and the denominator by the same number. "
          "Two thirds, times two over two, gives four sixths. Times three over three gives six ninths. The "
          "pieces get smaller, but we take more of them, so the amount does not change."),
    Slide("simplifying", None, _simplifying,
          "We can also go the other way. To simplify, divide the numerator and the denominator by the same "
          "number. Six and eight can both be divided by two, so six eighths becomes three quarters. Three "
          "and four share no common factor, so three quarters is in its simplest form."),
    Slide("number-line", "Fractions as numbers", _number_line,
          "A fraction is also a number, with its own place on the number line. Split the space between zero "
          "and one into four equal steps. Three quarters sits on the third step. The fraction line also "
          "means divide: three divided by four is zero point seven five."),
    Slide("summary", None, _summary,
          "Let's sum up. The denominator says how many equal parts make the whole. The numerator says how "
          "many parts we take. Multiply or divide the top and the bottom by the same number to get an "
          "equivalent fraction. And a fraction is a number: the top divided by the bottom. See you in "
          "class!"),
]

CUES = [
    Cue("prior-knowledge", Anchor("welcome"), {
        "type": "poll",
        "prompt": "Before we start: how often have you worked with fractions?",
        "choices": [("often", "Often"), ("sometimes", "Sometimes"), ("never", "Never, this is new to me")],
    }, required=False, scripted_answers=["sometimes"]),
    Cue("what-is-denominator", Anchor("denominator"), {
        "type": "single-choice", "points": "1",
        "prompt": "In 3/4, what does the 4 tell us?",
        "choices": [
            ("a", "How many equal parts the whole is cut into", True,
             "Yes: the denominator counts the equal parts of the whole."),
            ("b", "How many parts we take", False, "That is the numerator, the number on top."),
            ("c", "How big the whole is", False, "The whole stays the same; the 4 only says how it is cut."),
        ],
        "feedback-correct": "Well done: the bottom number is the denominator.",
        "feedback-incorrect": "Let's watch the denominator slide again.",
    }, remediation_slide="denominator", scripted_answers=["b", "a"]),
    Cue("compare-fifths", Anchor("numerator"), {
        "type": "true-false", "points": "1",
        "prompt": "True or false: two fifths is more than three fifths.",
        "choices": [("true", "True", False, "Count the shaded parts: 2 is fewer than 3."),
                    ("false", "False", True, "Right: with the same denominator, 3 parts beat 2.")],
        "feedback-correct": "Correct.",
        "feedback-incorrect": "Same denominator, so compare the numerators.",
    }, scripted_answers=["false"]),
    Cue("fold-paper", Anchor("same-amount", after_narration=False, fraction=0.5), {
        "type": "note",
        "prompt": "Try it at home: fold a sheet of paper in half, then in half again. "
                  "How many quarters cover one half?",
    }, pause=False, required=False),
    Cue("equivalent-to-half", Anchor("making-equivalent"), {
        "type": "multiple-choice", "points": "2",
        "prompt": "Which fractions are equivalent to 1/2? Pick all that apply.",
        "choices": [("a", "2/4", True, "2 is half of 4."),
                    ("b", "3/6", True, "3 is half of 6."),
                    ("c", "2/3", False, "2/3 is more than a half: 2 is more than half of 3."),
                    ("d", "5/10", True, "5 is half of 10.")],
        "feedback-correct": "Yes: in each of them the top is half of the bottom.",
        "feedback-incorrect": "Check each one: is the top exactly half of the bottom?",
    }, scripted_answers=[["a", "b", "d"]]),
    Cue("simplify-four-eighths", Anchor("simplifying"), {
        "type": "text", "points": "1",
        "prompt": "Simplify 4/8 as far as you can. Write it as a fraction like 1/3, or in words.",
        "accept": ["1/2", "one half", "a half", "half"],
        "feedback-correct": "Yes: divide top and bottom by 4.",
        "feedback-incorrect": "Both 4 and 8 can be divided by 4. What is left?",
    }, scripted_answers=["one half"]),
    Cue("quarter-as-decimal", Anchor("number-line"), {
        "type": "numeric", "points": "1",
        "prompt": "Write 1/4 as a decimal number.",
        "answer": ("0.25", "0.001"),
        "feedback-correct": "Right: 1 divided by 4 is 0.25.",
        "feedback-incorrect": "Divide 1 by 4, or find 1/4 on the number line.",
    }, scripted_answers=[0.25]),
    Cue("explain-equivalence", Anchor("summary"), {
        "type": "open",
        "prompt": "In your own words, explain why 2/4 and 1/2 are the same amount. "
                  "Bring your answer to class.",
    }, scripted_answers=["Two quarters fill the same part of the bar as one half, just in smaller pieces."]),
]

CAPTION_TRACKS = [
    CaptionTrack("captions.en.vtt", LANGUAGE, "English", {slide.key: slide.narration for slide in SLIDES}),
    CaptionTrack("captions.es.vtt", translation_es.LANGUAGE, translation_es.LABEL, translation_es.NARRATION),
]
