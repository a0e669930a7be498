# Warnings and sanitizers for every target of ours, through one interface target.
add_library(cuepoint_build_options INTERFACE)
target_compile_options(cuepoint_build_options INTERFACE -Wall -Wextra -Wpedantic)
if(CUEPOINT_WERROR)
  target_compile_options(cuepoint_build_options INTERFACE -Werror)
endif()
if(CUEPOINT_SANITIZE)
  # Applied globally so that GoogleTest and every library of ours share one runtime.
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
