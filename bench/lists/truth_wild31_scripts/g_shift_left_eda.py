"""Wild31 truth for iCAS-SJTU/Shift-Left-EDA-Papers README.md: the paper list of the survey "Shift-Left
Techniques in Electronic Design Automation".

Shape: sections and subsections by design stage (Pre-RTL, HLS/RTL, floorplanning, placement, CTS, routing,
signoff, verification, industrial trends).  Every record is one list line `- (YEAR) Venue: Title [[paper](url)]`,
sometimes with `[[code](url)]`, a trailing `</br>`, an empty `[[paper]()]`, or `[[link](url)]`.  The venue
comes first and is separated from the title by `: ` (line 115 uses a full-width `：`).  Five records have no
separator at all and the title must be read off the venue by sense: line 109 (`... computer architecture news
The gem5 simulator`), 110 (`... Storage and Analysis Sniper: Exploring ...`), 111 (`... (ISPASS) Timeloop: ...`),
112 (`IEEE Transactions on Computers ZigZag: ...`) and 117 (`... Circuits and Systems Aero: Design space ...`);
the script gives their split points explicitly.  Line 365's venue holds a colon of its own (`IEEE
Transactions on Systems, Man, and Cybernetics: Systems (TSMC): Timing-Driven ...`), so its split is explicit too.  A venue that is a book (`Springer SOC-Based Solutions in
Emerging Application Domains: Software-Defined SOCs`) is still split at the first colon, leaving the chapter
title.
Entries: every `- (YEAR)` record except industry material: vendor product pages, product briefs, press releases
and vendor white papers ("Synopsys, Inc. Technical Report", "Siemens EDA Technical Report", "Siemens Digital
Industries Software Technical Paper", "Cadence ...", "Ansys, Inc. Product Brief", "ennocad Press Release") on
lines 159, 180-182, 262, 326, 411-414 and 417-423 -- whether the line labels its link `[[paper]]` (326) or
`[[link]]` or has none (180-182).  Academic technical reports and preprints (HP Labs CACTI 6.0 on line 94,
TechRxiv/ResearchGate "Technical Report" lines 315 and 392) and book chapters are entries.  The table of
contents, the survey's own BibTeX at the end (boilerplate "cite this survey") and the contact lines are not
entries.  Papers listed in two sections are separate entries.  Title: the text after the venue separator up to
the first ` [[`, without a closing period.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild31 import entry, read_lines, write_truth

NAME = "iCAS-SJTU__Shift-Left-EDA-Papers__README@36f6a56.md"
PART = "wild31_development"

REC = re.compile(r"^\s*-\s*\((\d{4})\)\s*(.*)$")
VENDOR = re.compile(r"^(Synopsys|Siemens|Cadence|Ansys|ennocad)\b")
# records without a venue/title separator (or with a colon inside the venue): the title's first words
NO_SEP = {
    109: "The gem5 simulator",
    110: "Sniper: Exploring",
    111: "Timeloop: A systematic",
    112: "ZigZag: Enlarging",
    117: "Aero: Design space",
    365: "Timing-Driven Obstacle",  # the venue itself holds a colon: "... Cybernetics: Systems (TSMC): Title"
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    vendor = []
    for i, ln in enumerate(lines, 1):
        m = REC.match(ln)
        if not m:
            continue
        body = m.group(2)
        body = re.sub(r"\s*\[\[.*$", "", body)  # the [[paper]] / [[code]] / [[link]] tail
        body = re.sub(r"\s*</br>\s*$", "", body).strip()
        if VENDOR.match(body):
            vendor.append(i)
            continue
        if i in NO_SEP:
            k = body.index(NO_SEP[i])
            title = body[k:]
        else:
            parts = re.split(r": |：\s*", body, maxsplit=1)
            assert len(parts) == 2, (i, body)
            title = parts[1]
        papers.append(entry(lines, i, i, title))
    assert vendor == [159, 180, 181, 182, 262, 326, 411, 412, 413, 414, 417, 418, 419, 420, 421, 422, 423], vendor
    assert len(papers) == 280, len(papers)
    write_truth(NAME, PART, papers,
                "Each `- (YEAR) Venue: Title [[paper](url)]` line is one entry except 17 vendor product/press/white-paper"
                " lines; title = the text after the venue's `: ` (explicit split on 5 lines without one and on line 365) up to `[[`.",
                "Every record's venue/title split printed and read by eye (all 297 lines); the 17 vendor lines, the 5"
                " separator-less lines, the full-width colon on line 115, first/last of each section and ids checked.")


if __name__ == "__main__":
    main()
