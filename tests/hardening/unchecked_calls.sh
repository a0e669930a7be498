#!/usr/bin/env bash
# Fails, listing file:line, where the product's sources call a library function that
# can fail and discard its result: a statement that starts with the call (or with
# `(void)` and the call). The convention this enforces: every such result is compared,
# returned or handed to a checking helper (check_av, check(...) for curl, db.error for
# SQLite, throw_sdl_error, check_cairo, ...). Cairo's drawing calls return nothing
# (the status is sticky), so for them a file that creates a Cairo object must also
# read that object's status.
#   usage: unchecked_calls.sh SOURCE_ROOT
set -euo pipefail
root="${1:?usage: unchecked_calls.sh SOURCE_ROOT}"
cd "$root"
folders=(player authoring lesson-format)

calls=(
  # FFmpeg
  avformat_open_input avformat_find_stream_info avformat_seek_file av_seek_frame av_read_frame
  avcodec_open2 avcodec_parameters_to_context avcodec_parameters_from_context
  avcodec_send_packet avcodec_receive_frame avcodec_send_frame avcodec_receive_packet
  av_dict_set av_dict_set_int av_opt_set av_opt_set_int av_opt_set_bin av_opt_set_chlayout
  av_channel_layout_copy av_channel_layout_describe
  av_frame_get_buffer av_frame_make_writable av_frame_ref av_frame_copy av_frame_copy_props av_packet_ref
  sws_setColorspaceDetails sws_scale swr_alloc_set_opts2 swr_init swr_convert swr_get_out_samples
  avfilter_graph_create_filter avfilter_graph_parse_ptr avfilter_graph_config avfilter_link
  av_buffersrc_add_frame av_buffersrc_add_frame_flags av_buffersrc_write_frame av_buffersink_get_frame
  # libcurl
  curl_global_init curl_easy_setopt curl_easy_getinfo curl_easy_perform curl_slist_append
  # SQLite
  sqlite3_open_v2 sqlite3_prepare_v2 sqlite3_prepare_v3 sqlite3_step sqlite3_reset sqlite3_exec
  sqlite3_busy_timeout sqlite3_clear_bindings sqlite3_bind_int sqlite3_bind_int64 sqlite3_bind_double
  sqlite3_bind_text sqlite3_bind_blob sqlite3_bind_null
  # SDL (the calls that return a status or a handle)
  SDL_Init SDL_InitSubSystem SDL_CreateWindow SDL_CreateRenderer SDL_CreateTexture SDL_GetRendererInfo
  SDL_GetRendererOutputSize SDL_SetWindowFullscreen SDL_SetRenderDrawColor SDL_SetRenderDrawBlendMode
  SDL_RenderClear SDL_RenderCopy SDL_RenderFillRect SDL_RenderFlush SDL_RenderReadPixels SDL_RenderSetViewport
  SDL_RenderSetClipRect SDL_UpdateTexture SDL_UpdateYUVTexture SDL_UpdateNVTexture SDL_LockTexture
  SDL_SetTextureBlendMode SDL_SetTextureScaleMode SDL_SetTextureAlphaMod SDL_QueryTexture
  SDL_OpenAudioDevice SDL_ShowSimpleMessageBox
  # Cairo and Pango calls that return a status or a new object
  cairo_surface_write_to_png cairo_create cairo_image_surface_create cairo_image_surface_create_for_data
  cairo_pattern_create_linear cairo_pattern_create_radial cairo_font_options_create pango_layout_new
  pango_cairo_create_layout pango_font_map_create_context
)
alternation=$(IFS='|'; echo "${calls[*]}")
statement="^[[:space:]]*(\(void\)[[:space:]]*)?(${alternation})[[:space:]]*\("

# A line that starts with the call begins a statement unless the code line before it
# goes on (ends with an operator, a comma, an open bracket or a brace initialiser `name{`). A discard that is
# right (a rollback in a destructor) says so with an `unchecked: why` comment on the
# call's line or the line before.
find_discarded() {
  grep -rlE --include='*.cpp' --include='*.hpp' --include='*.c' --include='*.h' "$statement" "${folders[@]}" |
    sort | while read -r file; do
      awk -v pattern="$statement" -v file="$file" '
        {
          line = $0
          code = line
          sub(/[[:space:]]*\/\/.*$/, "", code)
          if (line ~ pattern && previous !~ /[(,=&|?+*\/<>!\[-][[:space:]]*$/ &&
              previous !~ /[A-Za-z0-9_>]\{[[:space:]]*$/ &&
              line !~ /unchecked:/ && previous_line !~ /unchecked:/) {
            print file ":" NR ":" line
          }
          if (code ~ /[^[:space:]]/) previous = code
          previous_line = line
        }' "$file"
    done
}

failed=0
found=$(find_discarded)
if [ -n "$found" ]; then
  echo "library calls whose result is discarded (check it, or hand it to the layer's checking helper):"
  echo "$found"
  failed=1
fi

# Cairo: a file that creates a context, surface or pattern reads its status.
while IFS=' ' read -r creator status; do
  for file in $(grep -rlE --include='*.cpp' "${creator}[a-z_]*\(" "${folders[@]}" || true); do
    if ! grep -qE "${status}\(" "$file"; then
      echo "$file: calls ${creator}... but never ${status}()"
      failed=1
    fi
  done
done <<'PAIRS'
cairo_create cairo_status
cairo_image_surface_create cairo_surface_status
cairo_pattern_create cairo_pattern_status
cairo_font_options_create cairo_font_options_status
PAIRS

if [ "$failed" -eq 0 ]; then
  echo "no discarded result among ${#calls[@]} checked library calls in ${folders[*]}"
fi
exit "$failed"
