-- Loaded by bench/run-media.sh into mpv: prints mpv's frame drop count when the file ends,
-- the reference for "frames dropped at 2x on one core".
mp.add_hook("on_unload", 50, function()
  io.stdout:write(string.format("mpv_frame_drops=%d\n", mp.get_property_number("frame-drop-count", -1)))
end)
