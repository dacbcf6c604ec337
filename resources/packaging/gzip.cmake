# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DINPUT=FILE -DOUTPUT=FILE.gz -P gzip.cmake: compresses as Debian policy asks (best compression,
# no name or timestamp in the header, so that the same input always gives the same bytes).
execute_process(COMMAND gzip -9 -n -c ${INPUT} OUTPUT_FILE ${OUTPUT} RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    file(REMOVE ${OUTPUT})
    message(FATAL_ERROR "gzip ${INPUT} failed: ${status}")
endif()
