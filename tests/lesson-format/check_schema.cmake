# Runs xmllint --schema on every samples/*/lesson.xml and on EXTRA_LESSONS; fails on the
# first lesson the schema refuses. Globbing here (not at configure time) picks up
# samples added after the build was configured.
file(GLOB sample_lessons "${SOURCE_DIR}/samples/*/lesson.xml")
set(lessons ${sample_lessons} ${EXTRA_LESSONS})
list(LENGTH sample_lessons sample_count)
message(STATUS "checking ${sample_count} sample lesson(s) and the test lessons against ${SCHEMA}")
foreach(lesson IN LISTS lessons)
  execute_process(COMMAND ${XMLLINT} --noout --schema ${SCHEMA} ${lesson}
    RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
  message(STATUS "${output}")
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "${lesson} does not satisfy ${SCHEMA}")
  endif()
endforeach()
