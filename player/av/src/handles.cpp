#include "cuepoint/av/handles.hpp"

#include "entry_io.hpp"

namespace cuepoint::av {

void FormatContextCloser::operator()(AVFormatContext* ctx) const {
  // Only EntryIo makes custom I/O contexts in Cuepoint.
  AVIOContext* custom = (ctx->flags & AVFMT_FLAG_CUSTOM_IO) != 0 ? ctx->pb : nullptr;
  avformat_close_input(&ctx);
  free_entry_io(custom);
}

}  // namespace cuepoint::av
