# SPDX-License-Identifier: GPL-3.0-or-later
# `hashiya validate` as users run it: on a copy of tests/data/broken it must exit 1, name every broken
# sidecar with the line of its first problem, and leave every file byte-identical; on a copy of
# tests/data/clean it must exit 0.
#
#   cmake -DHASHIYA=<hashiya executable> -DDATA=<tests/data> -DWORK=<scratch dir> -P validate_broken.cmake

cmake_minimum_required(VERSION 3.25)

foreach(variable HASHIYA DATA WORK)
    if(NOT DEFINED ${variable} OR "${${variable}}" STREQUAL "")
        message(FATAL_ERROR "validate_broken.cmake needs -D${variable}=...")
    endif()
endforeach()
if(NOT EXISTS "${HASHIYA}")
    message(FATAL_ERROR "the hashiya executable ${HASHIYA} does not exist; build it first")
endif()
if(NOT IS_DIRECTORY "${DATA}/broken" OR NOT IS_DIRECTORY "${DATA}/clean")
    message(FATAL_ERROR "${DATA} has no broken/ and clean/ fixtures")
endif()

# Each broken article and the position of the first problem in its sidecar (tests/data/broken/README.md):
# NAME:LINE, or NAME:LINE:COLUMN for a JSON syntax error, the only kind printed with a column.
set(expected_lines
    syntax-missing-comma:10:15
    start-as-string:9
    span-outside-text:10
    span-reversed:9
    fragments-out-of-order:8
    utf16-offsets:9
    arabic-haraka-split:8
    duplicate-id:10
    relation-missing-entity:12
    relation-not-allowed:14
    newer-version:3
    missing-format:1
    unknown-entity-type:8
    attribute-value-not-allowed:9
    trailing-content:16:1
    id-with-space:9
    missing-comma-between-lines:10:5
    comma-after-last-item:15:3
    entities-twice:12
)

# A fresh copy, so neither the sources nor an earlier run can hide a change.
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
file(COPY "${DATA}/broken" "${DATA}/clean" DESTINATION "${WORK}")

# Every sidecar in the copy must have an expectation, and every expectation a sidecar.
file(GLOB sidecars RELATIVE "${WORK}/broken" "${WORK}/broken/*.ann.json")
list(LENGTH sidecars sidecar_count)
list(LENGTH expected_lines expected_count)
if(NOT sidecar_count EQUAL expected_count)
    message(FATAL_ERROR "tests/data/broken holds ${sidecar_count} sidecars but this script expects ${expected_count}; "
                        "update expected_lines here and the README: ${sidecars}")
endif()
foreach(entry IN LISTS expected_lines)
    string(REPLACE ":" ";" parts "${entry}")
    list(GET parts 0 name)
    if(NOT EXISTS "${WORK}/broken/${name}.txt" OR NOT EXISTS "${WORK}/broken/${name}.txt.ann.json")
        message(FATAL_ERROR "the fixture ${name}.txt or its sidecar ${name}.txt.ann.json is missing from ${DATA}/broken")
    endif()
endforeach()

# Fingerprint every file that validate could touch.
function(fingerprint folder out_var)
    file(GLOB_RECURSE files LIST_DIRECTORIES false "${folder}/*")
    list(SORT files)
    set(result "")
    foreach(path IN LISTS files)
        file(SHA256 "${path}" hash)
        list(APPEND result "${path}=${hash}")
    endforeach()
    set(${out_var} "${result}" PARENT_SCOPE)
endfunction()

function(require_unchanged folder before)
    fingerprint("${folder}" after)
    if(NOT "${after}" STREQUAL "${before}")
        foreach(entry IN LISTS before)
            if(NOT entry IN_LIST after)
                string(REGEX REPLACE "=[0-9a-f]+$" "" path "${entry}")
                message(SEND_ERROR "changed or removed: ${path}")
            endif()
        endforeach()
        foreach(entry IN LISTS after)
            if(NOT entry IN_LIST before)
                string(REGEX REPLACE "=[0-9a-f]+$" "" path "${entry}")
                message(SEND_ERROR "changed or created: ${path}")
            endif()
        endforeach()
        message(FATAL_ERROR "hashiya validate modified files in ${folder}; validate must never write")
    endif()
endfunction()

fingerprint("${WORK}/broken" broken_before)
fingerprint("${WORK}/clean" clean_before)

# --- the broken folder: exit 1, every sidecar named with its line -------------------------------------
execute_process(COMMAND "${HASHIYA}" validate "${WORK}/broken"
                WORKING_DIRECTORY "${WORK}"
                RESULT_VARIABLE status
                OUTPUT_VARIABLE out
                ERROR_VARIABLE err)
if(NOT status STREQUAL "1")
    message(FATAL_ERROR "hashiya validate on the broken fixtures exited with “${status}”, expected 1 "
                        "(problems found).\nstdout:\n${out}\nstderr:\n${err}")
endif()
set(out_lines "\n${out}")
set(missing "")
foreach(entry IN LISTS expected_lines)
    string(REPLACE ":" ";" parts "${entry}")
    list(GET parts 0 name)
    list(GET parts 1 line)
    set(position "${line}")
    list(LENGTH parts part_count)
    if(part_count GREATER 2)
        list(GET parts 2 column)
        string(APPEND position ":${column}")
    endif()
    # e.g. "broken/duplicate-id.txt.ann.json:10: error: …", or "…:10:15: error: …" for JSON syntax
    string(REPLACE "." "\\." name_pattern "${name}.txt.ann.json")
    if(NOT out_lines MATCHES "\n[^\n]*/${name_pattern}:${position}: (error|warning): ")
        list(APPEND missing "${name}.txt.ann.json:${position}:")
    endif()
endforeach()
if(missing)
    list(JOIN missing "\n  " missing_text)
    message(FATAL_ERROR "hashiya validate did not report these sidecars at the expected line:\n  ${missing_text}\n"
                        "stdout:\n${out}\nstderr:\n${err}")
endif()
require_unchanged("${WORK}/broken" "${broken_before}")

# --- the clean folder: exit 0, nothing printed -----------------------------------------------------------
execute_process(COMMAND "${HASHIYA}" validate "${WORK}/clean"
                WORKING_DIRECTORY "${WORK}"
                RESULT_VARIABLE status
                OUTPUT_VARIABLE out
                ERROR_VARIABLE err)
if(NOT status STREQUAL "0")
    message(FATAL_ERROR "hashiya validate on the clean fixture exited with “${status}”, expected 0 "
                        "(no problems).\nstdout:\n${out}\nstderr:\n${err}")
endif()
if(NOT out STREQUAL "")
    message(FATAL_ERROR "hashiya validate on the clean fixture printed problems:\n${out}")
endif()
require_unchanged("${WORK}/clean" "${clean_before}")

message(STATUS "hashiya validate: ${expected_count} broken sidecars reported at their lines, clean fixture accepted, no file changed")
