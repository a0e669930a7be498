// FFmpeg's subtitle decoders hand every cue over as an ASS dialogue event; the
// window draws plain text, so this takes the text back out of it.
#pragma once

#include <string>
#include <string_view>

namespace cuepoint::captions {

// `event` is an AVSubtitleRect's `ass` line: "ReadOrder,Layer,Style,Name,MarginL,
// MarginR,MarginV,Effect,Text". Returns Text with the override blocks ({\i1}, {\an8})
// removed, \N and \n as line breaks, \h as a no-break space and \{ \} \\ as the
// characters; trailing line breaks are dropped.
std::string ass_event_plain_text(std::string_view event);

}  // namespace cuepoint::captions
