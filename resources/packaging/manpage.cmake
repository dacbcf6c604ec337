# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DHASHIYA=path/to/hashiya -DOUTPUT=hashiya.1 -DVERSION=x.y.z -DDATE=yyyy-mm-dd -DHOMEPAGE=url -P manpage.cmake
# Writes the man page from the program's own help: the synopsis is `hashiya --help`, and each command named
# there gets a section with `hashiya help COMMAND`, in English whatever the builder's language.
cmake_policy(VERSION 3.25)

function(hashiya_help out_var)
    execute_process(COMMAND ${CMAKE_COMMAND} -E env --unset=LANGUAGE LC_ALL=C.UTF-8 LANG=C.UTF-8
                            ${HASHIYA} ${ARGN}
                    OUTPUT_VARIABLE text RESULT_VARIABLE status)
    if(NOT status EQUAL 0 OR text STREQUAL "")
        message(FATAL_ERROR "`hashiya ${ARGN}` failed (${status}): cannot write the man page")
    endif()
    set(${out_var} "${text}" PARENT_SCOPE)
endfunction()

# Help text as roff, kept line for line (no filling): the help is already laid out for a terminal.
function(roff_escape out_var text)
    string(REPLACE "\\" "\\e" text "${text}")
    string(REPLACE "-" "\\-" text "${text}")
    string(REPLACE "—" "\\(em" text "${text}")
    string(REPLACE "“" "\\(lq" text "${text}")
    string(REPLACE "”" "\\(rq" text "${text}")
    string(REPLACE "‘" "\\(oq" text "${text}")
    string(REPLACE "’" "\\(cq" text "${text}")
    # A line starting with a dot or an apostrophe would be read as a request. (CMake's "^" would match
    # wherever a replacement left off, so lines are found by their "\n" only.)
    string(REGEX REPLACE "\n([.'])" "\n\\\\&\\1" text "\n${text}")
    string(SUBSTRING "${text}" 1 -1 text)
    string(REGEX REPLACE "\n+$" "" text "${text}")
    set(${out_var} "${text}" PARENT_SCOPE)
endfunction()

hashiya_help(help --help)

# "Hashiya — read and annotate multilingual news." gives the one-line description.
string(REGEX MATCH "^[^\n]*" title "${help}")
string(REGEX REPLACE "^[^—]*— *" "" summary "${title}")
string(REGEX REPLACE "\\.$" "" summary "${summary}")

string(FIND "${help}" "Usage:\n" usage_at)
if(usage_at LESS 0)
    message(FATAL_ERROR "`hashiya --help` has no \"Usage:\" section: cannot write the man page")
endif()
math(EXPR usage_at "${usage_at} + 7")
string(SUBSTRING "${help}" ${usage_at} -1 synopsis)
string(REPLACE "\n  " "\n" synopsis "\n${synopsis}")
string(SUBSTRING "${synopsis}" 1 -1 synopsis)
roff_escape(synopsis "${synopsis}")

# The commands: every "  hashiya NAME ..." line of the usage whose NAME is a word.
string(REGEX MATCHALL "\n  hashiya [a-z][a-z-]*" command_lines "${help}")
set(commands_roff "")
foreach(line IN LISTS command_lines)
    string(REGEX REPLACE "^\n  hashiya " "" name "${line}")
    if(name STREQUAL "help")
        continue()
    endif()
    hashiya_help(usage help ${name})
    roff_escape(usage "${usage}")
    string(APPEND commands_roff ".SS ${name}\n.nf\n${usage}\n.fi\n")
endforeach()
if(commands_roff STREQUAL "")
    message(FATAL_ERROR "`hashiya --help` names no command: cannot write the man page")
endif()

roff_escape(summary "${summary}")
roff_escape(homepage "${HOMEPAGE}")
file(WRITE ${OUTPUT} ".\\\" Written by resources/packaging/manpage.cmake from `hashiya --help` and `hashiya help COMMAND`.
.TH HASHIYA 1 ${DATE} \"Hashiya ${VERSION}\" \"User Commands\"
.SH NAME
hashiya \\- ${summary}
.SH SYNOPSIS
.nf
${synopsis}
.fi
.SH DESCRIPTION
Hashiya is a reader and annotation tool for news in Turkish, Arabic and English.
Without a command, it opens its window on a corpus folder, or on one article among its neighbours;
with no argument at all, on the corpus last read.
An article's annotations are kept beside it, in a sidecar file named after it with
.B .ann.json
appended.
.PP
With a command, it works without a window, in the language of the system:
.SH COMMANDS
${commands_roff}.SH OPTIONS
.TP
.BR \\-\\-help \", \" \\-h \", \" help
Show the usage above; \\fBhelp\\fR \\fICOMMAND\\fR shows a command's options.
.TP
.BR \\-\\-version \", \" \\-v
Show the version.
.SH FILES
.TP
.I ARTICLE.ann.json
The annotations of
.IR ARTICLE ,
beside it.
.SH SEE ALSO
.UR ${homepage}
Hashiya's home page
.UE
")
