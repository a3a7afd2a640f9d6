"""Wild46 truth for kmars2022/spdfplus src/markdown/acknowledgments_2006.md (commit e0e24ca, 2022-10-27): the 2006 page
of NASA/Goddard's Space Physics Data Facility (SPDF) "acknowledgments" survey -- papers in the AGU space-physics
journals (JGR Space Physics, GRL, Radio Science) that acknowledge SPDF services (OMNI, CDAWeb, NSSDC, ModelWeb ...) --
space physics / earth science.  The newest commit of the repository (00fd818) deleted every ``acknowledgments_*.md``
(commit 2671898 replaced them with ``.js`` modules), so the file is taken from e0e24ca, the last commit holding it.

Shape: 726 lines (the last one blank), LF, UTF-8, an HTML page converted to Markdown by pandoc.  YAML front matter
(1-5), an "In Focus" block of two image links (7-14; the dash line 14 under 12-13 makes a setext heading of the
second), keyword statistics with ``\\`` hard breaks (16-32), then three
sections, each opened by a "Science Enabled Research Papers in [JGR|GRL|RS](journal TOC URL) for 2006 (...)" paragraph
(34, 612, 723).  Records are pandoc ordered-list items (``1.  `` / ``10. ``), each hard-wrapped at ~72 columns with
four-space continuation lines:
``N. [Title=<title, wrapped over 1-5 lines>](http://www.agu.org/journals/.../2006JA011685.pdf)`` then a ``\\`` hard
break (on its own line in 1-19, at the end of the link line from 20 on), ``Authors=... \\``,
``article=A12214; doi=10.1029/2006JA011685; pubdate=20 December 2006 \\`` (from 19 on with spaces around ``;`` and the
``\\`` sometimes wrapped onto its own line) and ``Keyword found:...``; item 19 of JGR (176-185) adds
``Sample usage=ACE data were obtained from CDAWEB`` wrapped onto a second line.  Special cases kept as written:
``Title=`` is a field label inside the link text; pandoc italics and subscripts in titles (``*B*~*y*~``, ``*B*~*z*~``,
``*Dst*``, ``*IDV*``, ``*E*``); a superscript ``He^2+^`` (295); mojibake with ESC control characters from the original
page's encoding (269 ``Comment on \\x1b-Y´The *IDV* index ... strength¡ by Leif Svalgaard and Edward W. Cliver``, 638
``November 20â€\\x1b-YŽ21, 2003``), doubly-encoded accents in author lines (``RÃ¨me``), en dashes lost in
``2125 April 2001`` / ``1722 October (1999)`` / ``windmagnetosphereionosphere``.  The RS section (723-725) says no
paper was found and has no records.

Entries (95): every numbered record -- 80 under JGR (37-610), 15 under GRL (617-721).  Item 31 of JGR is a published
Comment (a scholarly item of the journal) and counts.  Span: from the ``N. [Title=`` line to the last non-blank line
before the next record or the blank line that closes the section.  Title = the link text after ``Title=`` (lines
joined, whitespace collapsed) with the markup removed: ``*`` italics and GFM/pandoc ``~...~`` subscript/strike markers
(``IMF *B*~*y*~`` -> ``IMF By``); ``^2+^`` is kept as written (GitHub-flavoured Markdown does not treat ``^`` as markup;
pandoc would render a superscript); mojibake and the ESC characters are kept as the file writes them.  Id = the DOI of
the ``doi=`` field (the PDF URL holds no DOI); no arXiv ids.  Not entries: front matter, the In Focus image links, the
keyword statistics, the three section paragraphs and their journal-TOC links.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild46 import entry, read_lines, write_truth

NAME = "kmars2022__spdfplus__src__markdown__acknowledgments_2006@e0e24ca.md"
PART = "wild46_development"

ITEM = re.compile(r"^(\d+)\.\s+\[Title=(.*)$")
SECTION = re.compile(r"^Science Enabled Research Papers in$")


def title_of(lines: list[str], i: int) -> tuple[str, int]:
    """The link text after 'Title=' of the record starting at line i, and the line where the link closes."""
    m = ITEM.match(lines[i - 1])
    assert m, i
    parts = [m.group(2)]
    j = i
    while "](" not in parts[-1]:
        j += 1
        parts.append(lines[j - 1].strip())
    text = " ".join(parts)
    text = text[: text.index("](")]
    text = text.replace("*", "")  # pandoc italics (*B*, *Dst*, *IDV*, *E*)
    text = re.sub(r"~([^~\s]+)~", r"\1", text)  # ~y~ subscript / strikethrough markers
    return text, j


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 727 and lines[-1] == "" and lines[-2] == "", len(lines)
    sections = [i for i, ln in enumerate(lines, 1) if SECTION.match(ln)]
    assert sections == [34, 612, 723], sections
    papers = []
    per_section = {34: 0, 612: 0, 723: 0}
    starts = [i for i, ln in enumerate(lines, 1) if ITEM.match(ln)]
    for n, i in enumerate(starts):
        stop = starts[n + 1] if n + 1 < len(starts) else len(lines) + 1
        last = i
        while last + 1 < stop and lines[last].strip():
            last += 1
        title, closes = title_of(lines, i)
        assert closes <= last, i
        assert "doi=" in "\n".join(lines[i - 1 : last]) and lines[last - 1].strip().startswith(
            ("Keyword found", "and Dst")
        ), (i, lines[last - 1])
        sec = max(s for s in sections if s < i)
        per_section[sec] += 1
        papers.append(entry(lines, i, last, title))
    assert per_section == {34: 80, 612: 15, 723: 0}, per_section
    t = {p["line"]: p["title"] for p in papers}
    span = {p["line"]: p["end"] for p in papers}
    d = {p["line"]: p["doi"] for p in papers}
    assert t[38] == ("Repetitive substorms caused by Alfvénic waves of the interplanetary magnetic field during "
                     "high-speed solar wind streams")
    assert span[38] == 46 and d[38] == "10.1029/2006ja011685"
    assert t[186] == ("Effect of IMF By on thermospheric composition at high and middle latitudes: 2. Data comparisons")
    assert t[262] == "On the interplanetary magnetic field By control of substorm bulge expansion"
    assert t[294] == ("A new shock fitting procedure for the MHD Rankine-Hugoniot relations for the case of small "
                      "He^2+^ slippage")
    assert t[269] == ("Comment on \x1b-Y´The IDV index: Its derivation and use in inferring long-term variations of the "
                      "interplanetary magnetic field strength¡ by Leif Svalgaard and Edward W. Cliver")
    assert t[469] == ("Equatorial distributions of the plasma sheet ions, their electric and magnetic drifts, and "
                      "magnetic fields under different interplanetary magnetic field Bz conditions")
    assert t[637] == "Convection electric field in the near-Earth tail during the super magnetic storm of November 20â€\x1b-YŽ21, 2003"
    assert t[700] == "Long dance of the bashful ballerina"
    assert t[715] == "A case study of relationship between substorm expansion and global plasma convection"
    assert span[176] == 185 and span[715] == 721
    assert d[715] == "10.1029/2005gl024736" and d[186] == "10.1029/2005ja011372"
    assert all(p["doi"] for p in papers) and not any(p["arxiv"] for p in papers)
    assert len(papers) == 95, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each pandoc-numbered record '[Title=...](pdf) \\ Authors= \\ article=; doi=; pubdate= \\ Keyword found:' under "
        "the JGR (80) and GRL (15) section paragraphs is an entry, spanning its wrapped lines up to the blank line or "
        "the next record; title = the link text after 'Title=' with * italics and ~ subscript markers removed (^2+^ "
        "and the file's mojibake/ESC characters kept as written); id = the doi= field's DOI; the RS section has none.",
        "Whole file read against the -v output: front matter, In Focus images and keyword statistics (no entries); "
        "first and last records of each section (38-46, 603-610, 616-622, 715-721) and the empty RS section; the "
        "layout switch from a '\\' on its own line (items 1-19) to ')\\' at the link end (20 on); item 19's two-line "
        "'Sample usage' tail (176-185); the subscript titles (186, 262, 469), the superscript at 294-300, the "
        "mojibake titles (269, 637) with their ESC characters, five-line titles (67, 385); every record's DOI "
        "is its doi= field (checked 20 at random against the lines), no arXiv ids.",
    )


if __name__ == "__main__":
    main()
