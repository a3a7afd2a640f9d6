"""Wild44 truth for AB-RCSC/rc-decision-support-tool_concept-library 02_dialog-boxes/08_references.md (newest commit
14c0777): the "References" page of the Alberta Remote Camera Steering Committee's Jupyter Book on remote-camera
(camera-trap) survey methods for wildlife ecology -- density and abundance estimation, occupancy, spatial
capture-recapture, species richness, behaviour, study design, plus statistics references.

Shape: 503 lines.  Jupytext/MyST front matter (1-16), ``(references)=`` (17), ``# References`` (18), then 484
references in APA 7 style, alphabetical, one per line (19-503), each written as a MyST bracketed span with an id,
``[Authors. (Year). Title. *Journal, vol*(issue), pages. <url>]{#anchor}<br><br>``.  One reference is wrapped in
straight quotes and broken over two lines (189-190, ``"[Guillera-Arroita ... <url>`` / ``]{#...}<br><br>"``).
Journal volumes are italic inside or outside the journal's asterisks, several titles hold italic species names
(61, 113, 312, 316, 419, 468), two escape a colon (``\\:`` at 32, 33), 75 opens the journal's italics before the
full stop (``research*. Remote Sensing ... 3*(3)``), 468 never closes a parenthesis.  Links are ``<url>`` autolinks:
doi.org/dx.doi.org, publisher pages, ResearchGate, arXiv (230), a 10.48550 arXiv DOI (42, 218), YouTube, GitHub,
CRAN.  The list mixes papers with many other kinds of source (the book's readers get videos and tutorials too).

Entries (356) = journal articles (including data papers, software papers such as 148 unmarked, 439 oSCR, 295
spaceNtime, and the CREWES research report 193), preprints (27, 42, 167, 230), a conference paper (229), theses
(111, 151, 171, 259), chapters of edited volumes (47, 57, 124, 149, 180, 182, 221, 224, 244, 245, 262, 319, 322,
323, 370, 396, 398, 499), and reports: records the file names a report, working paper or numbered technical series
(36 and 37 -- the same BADR report twice --, 65, 188, 309 Pub. T/852, 318 WCS Working Paper No. 39, 472 WWF
Conservation Technology Series 1) and reports of a study or review by a research body (85, 206, 400, 426, 484).
401 (Séquin et al. 2003) is written with a place and a university but its DOI is a journal article's: an entry.
Repeated references (128/129, 238/320, and the 2016 preprint 27 with its 2018 article 28) are separate entries.
Not entries (128), by line:
- videos, YouTube channels and playlists (38): all records marked ``[Video]``/``[Channel]``/``[Playlist]`` or linking
  youtube.com;
- software, packages, code and apps (31): R package manuals (``R package version``), GitHub repositories, Shiny
  apps and calculators, SPACECAP, PRESENCE, Timelapse, EstimateS, iNEXT Online;
- guides, manuals, guidelines and standards (12): 19, 20 (the committee's own guidelines and metadata standards), 145,
  173, 185, 237, 280, 297, 356 (a camera's instruction manual), 358, 432, 463;
- talks, seminars, slides, webinars, lecture notes (9): 31, 38, 263, 443, 458-462;
- web pages, blog tutorials, a tweet, encyclopedia and textbook pages (23): 45, 70, 108, 112, 119, 120, 136, 138,
  140, 170, 183, 184, 255, 284, 300, 341, 350, 353 (a Nature Scitable page), 365, 487-490 (an online book's chapters);
- books (14): 56, 63, 64, 78, 270, 271, 273, 281, 301, 324, 371, 384, 390, 491;
- 446, a chapter of Thompson, White & Gowan's own book (the record names the same three as its editors).
Title = the APA title: for records whose title comes first in italics (reports, theses) the first italic run; else
the text between ``(Year).`` and the full stop (or ``?``) that closes it before the italic venue or ``In``.  Fixes
as written: 36 drops its series label ``(Technical Report Series 7.0)``, 75 its stray asterisk, 221 the chapter
number ``7.``, 309 the publication number ``(T/852; p. 264)``, 407 the handling editors (``Edited by ...``).
Ids: the first DOI or arXiv id of the entry's lines (helper), e.g. 42 and 218 arXiv via their 10.48550 DOIs.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild44 import entry, read_lines, write_truth

NAME = "AB-RCSC__rc-decision-support-tool_concept-library__02_dialog-boxes__08_references@14c0777.md"
PART = "wild44_development"

VIDEO = {35, 72, 89, 95, 96, 97, 98, 102, 176, 217, 274, 275, 286, 329, 332, 348, 349, 351, 352, 361, 362, 363, 381,
         382, 391, 408, 409, 433, 434, 444, 449, 456, 469, 477, 500, 501, 502, 503}
SOFTWARE = {39, 40, 43, 71, 81, 90, 117, 118, 135, 137, 139, 141, 174, 175, 187, 195, 199, 200, 205, 211, 254, 290,
            328, 378, 379, 406, 417, 418, 445, 485, 486}
GUIDE = {19, 20, 145, 173, 185, 237, 280, 297, 356, 358, 432, 463}
TALK = {31, 38, 263, 443, 458, 459, 460, 461, 462}
WEB = {45, 70, 108, 112, 119, 120, 136, 138, 140, 170, 183, 184, 255, 284, 300, 341, 350, 353, 365, 487, 488, 489, 490}
BOOK = {56, 63, 64, 78, 270, 271, 273, 281, 301, 324, 371, 384, 390, 491}
OWN_BOOK_CHAPTER = {446}
NOT = VIDEO | SOFTWARE | GUIDE | TALK | WEB | BOOK | OWN_BOOK_CHAPTER

YEAR = re.compile(r"\((?:\d{4}[a-zA-Z]?|N\.?\s?D\.?|n\.d\.|[Ii]n press)(?:,[^)]*)?\)\.?\s*")
FIXES = {
    36: lambda t: t.replace(" (Technical Report Series 7.0)", ""),
    75: lambda t: t.rstrip("*"),
    221: lambda t: t.removeprefix("7. "),
    309: lambda t: t.split(" (T/852", 1)[0],
    407: lambda t: t.split(". Edited by ", 1)[0],
}


def title_of(text: str) -> str:
    body = re.sub(r"\]\{#[^}]*\}.*$", "", text.replace("\n", " ")).lstrip('"[')
    rest = body[YEAR.search(body).end():]
    if rest.startswith("*"):  # title first in italics (reports, theses, chapters written so)
        return re.match(r"\*(.+?)\*", rest).group(1)
    for m in re.finditer(r"([.?!])(\*?)\s+(\*?)", rest):  # the stop before an italic venue or 'In'
        if m.group(2) or m.group(3) or rest[m.end():].startswith(("In ", "In,")):
            return rest[: m.start() + (1 if m.group(1) in "?!" else 0)]
    return rest[: re.search(r"\.\s", rest).start()]  # plain venue ('Title. Journal, 45(3), 177.')


def main() -> None:
    lines = read_lines(NAME)
    assert lines[17] == "# References" and lines[188].startswith('"[') and lines[189].startswith("]{#")
    refs = {i: i for i, ln in enumerate(lines, 1) if ln.startswith("[")}
    refs[189] = 190
    assert len(refs) == 484 and all(lines[e - 1].rstrip('"').endswith("<br><br>") for e in refs.values())
    assert all(not ln.strip() or i <= 18 or i in refs or i == 190 for i, ln in enumerate(lines, 1))
    assert NOT <= set(refs) and len(NOT) == 128
    for i in VIDEO:
        assert re.search(r"\[(Video|Channel|Playlist)\]|youtube\.com", lines[i - 1]), i
    for i in SOFTWARE:
        assert re.search(r"R package|github|shiny|[Ss]oftware|[Pp]rogram|Version|calculator|Timelapse", lines[i - 1]), i
    papers = []
    for first, last in sorted(refs.items()):
        if first in NOT:
            continue
        text = "\n".join(lines[first - 1 : last])
        title = title_of(text)
        title = FIXES.get(first, lambda t: t)(title)
        papers.append(entry(lines, first, last, title))
    t = {p["line"]: p["title"] for p in papers}
    ids = {p["line"]: (p["arxiv"], p["doi"]) for p in papers}
    assert t[21].startswith("Mark-recapture and Mark-resight Methods for Estimating Abundance with Remote Cameras")
    assert t[32] == "Sampling Design Trade-Offs in Occupancy Studies with Imperfect Detection: Examples and Software"
    assert t[36] == "A Before-After Dose-Response (BADR) Terrestrial Biological Monitoring Framework for the Oil Sands"
    assert t[61] == "Monitoring Sitatunga (Tragelaphus Spekii) Populations Using Camera Traps"
    assert t[75] == "A review of camera trapping for conservation behaviour research"
    assert t[111] == "Methodological Comparison of Canada Lynx Density Estimation"
    assert t[189].startswith("Modelling of species distributions, range dynamics and communities under imperfect")
    assert t[221] == "Primate Conservation" and t[309] == "Natural regions and subregions of Alberta"
    assert t[407] == "Looking beyond Wildlife: Using Remote Cameras to Evaluate Accuracy of Gridded Snow Data"
    assert t[468].startswith("Can camera trapping provide accurate estimates of small mammal (Myodes rutilus and")
    assert t[468].endswith("density in the boreal forest?")
    assert t[499] == "Generalised linear modelling" and t[483] == "Temporal road closures improve habitat quality for wildlife"
    assert ids[42][0] == "1907.06772" and ids[218][0] == "2202.04613" and ids[230][0] == "1009.5718"
    assert ids[21][1] == "10.1371/journal.pone.0123032"
    assert all(p["title"] and "*" not in p["title"] and "\\" not in p["title"] for p in papers)
    assert next(p for p in papers if p["line"] == 189)["end"] == 190
    assert len(papers) == 356, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each MyST-span APA reference line ('[...]{#id}<br><br>'; 189-190 one reference over two lines) whose work is "
        "a paper -- article, preprint, conference paper, thesis, chapter of an edited volume, report -- is an entry; "
        "videos, software/code/apps, guides/manuals/standards, talks/slides, web pages and tutorials, books and a "
        "chapter of the authors' own book are not; title = the APA title (first italic run when the title leads in "
        "italics, else the text up to the stop before the italic venue or 'In'), with five fixes listed in the "
        "script; ids from the entry's lines.",
        "All 484 references classified by a first pass (video/software/talk/thesis/italic-title/chapter/article "
        "markers) and every non-article class read in full one by one (about 180 lines: 19-20, 31, 36-40, 43-47, 56-"
        "57, 61-65, 70-71, 78, 81, 85, 89-91, 108, 111-112, 117-120, 124, 135-141, 145, 148-151, 157, 167, 170-176, "
        "180-188, 193, 199-200, 205-206, 209, 211, 221, 224, 229, 237, 244-245, 253-255, 259, 262-263, 270-273, "
        "278-281, 284, 290, 295, 297, 300-303, 309, 318-319, 322-326, 341, 350, 353, 356-358, 365, 370-371, 384, "
        "390, 396-401, 406, 407, 419, 426, 432, 439, 443-446, 458-463, 472, 484-491, 499); the 484 extracted titles "
        "listed and scanned against their lines; article-class lines with series/report/guide/conference words "
        "read (193, 229, 289, 335, 407, 472); ids of 42, 218, 230 (arXiv) and 21 (DOI) checked; the two-line "
        "reference 189-190; repeated references kept (27/28, 128/129, 238/320).",
    )


if __name__ == "__main__":
    main()
