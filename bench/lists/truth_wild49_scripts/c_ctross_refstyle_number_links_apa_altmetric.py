"""Wild49 truth for Ctross/Ctross.github.io ``publications/index.md``: the publication page of an anthropologist's
Jekyll (Feeling Responsive theme) site (human behavioural ecology, cultural evolution, police violence, primate
genetics), newest commit (0274caa, 2018-02-17).

Shape: 219 lines, 13 KB.  Long YAML front matter (1-49), an Altmetric ``<script>`` (51), then 29 paragraphs
separated by ``------`` rules, newest (``[29]``, 54) to oldest (``[1]``, 187).  Each opens with a Markdown
reference-style link whose text is only the paper's number, ``[27][27] Authors (2017). Title. Venue. vol, pages.``,
the author's name in ``<strong>``; the link targets are defined at the bottom (``[1]: http://codytross.com/...``,
191-219) and are not entries.  No title markup: the title is plain text between the author/year part and the
venue.  17 paragraphs have a second line, an Altmetric badge ``<div ... data-doi="10.1017/..." ...></div>`` (or
``<span>`` 119) carrying the paper's DOI.

Special cases:
- Citation forms vary: ``(2017) Title.`` without the period after the year (54); no year at all, the title following
  the last author's initials (``... and Winterhalder, B. Indigenous ...`` 66, ``... and Smith, D.G. Gene ...`` 123)
  or the closing ``</strong>`` (``<strong>Ross, C.T. </strong>Land-use ...`` 87, 113); a typo year ``(20015)`` (128).
- Three paragraphs wrap mid-title onto a second line (153-154, 159-160, 178-179: the last mid-authors).
- 93: the title ends with the tag ``[Author’s Reply]`` (a reply in Behavioral and Brain Sciences); the tag is
  dropped.  123: the title holds commas and parentheses (``NR2C2,(TR4), CD40, ...``) and ends at ``. Infection``.
- 109: ``data-doi="S1090-5138(16)30012-5"`` is an Elsevier PII, not a DOI: no DOI for that entry.
- Unpublished "In Review" papers (54-78), a book chapter (170), the PhD (183) and MA (187) dissertations: entries.

Decisions:
- Entry = each ``[n][n]`` paragraph (29), spanning its text line(s) and its badge line.  Title = the text after the
  ``(year).`` (or after the author list where there is no year) up to the first period followed by a space or the
  end; the reference definitions at the bottom are not entries.
"""
import re

from _wild49 import entry, read_lines, write_truth

NAME = "Ctross__Ctross.github.io__publications__index@0274caa.md"
PART = "wild49_development"

HEAD = re.compile(r"^\[(?P<n>\d+)\]\[(?P=n)\] ")
YEAR = re.compile(r"\(\d{4,5}\)\.? ")
# where the author list ends in the four year-less paragraphs (by paper number)
NO_YEAR = {26: "and Winterhalder, B. ", 21: "</strong>", 16: "</strong>", 14: "and Smith, D.G. "}
TITLE_END = re.compile(r"\.(?:\s|$)")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    numbers = []
    for n, ln in enumerate(lines, 1):
        h = HEAD.match(ln)
        if not h:
            continue
        num = int(h.group("n"))
        numbers.append(num)
        end = n
        while lines[end].strip() and lines[end].strip() != "------":
            end += 1
        text = " ".join(x.strip() for x in lines[n - 1 : end] if not x.lstrip().startswith(("<div", "<span")))
        if num in NO_YEAR:
            assert not YEAR.search(text), (n, text)
            start = text.index(NO_YEAR[num]) + len(NO_YEAR[num])
        else:
            y = YEAR.search(text)
            assert y, (n, text)
            start = y.end()
        rest = text[start:]
        e = TITLE_END.search(rest)
        assert e, (n, rest)
        title = re.sub(r" \[Author’s Reply\]$", "", rest[: e.start()])
        papers.append(entry(lines, n, end, title))
    assert numbers == list(range(29, 0, -1)), numbers
    assert len(papers) == 29, len(papers)
    t = {p["line"]: p for p in papers}
    assert t[54]["title"].endswith("reproductive skew compared to non-human mammals"), t[54]
    assert t[66]["title"].startswith("Indigenous Colombian blowgun hunters use"), t[66]
    assert (t[82]["doi"], t[82]["end"]) == ("10.1017/s2045796017000130", 83), t[82]
    assert t[87]["title"].startswith("Land-use change, environmental service payments"), t[87]
    assert t[93]["title"].endswith("classic syllogism for the operation of selection"), t[93]
    assert (t[108]["doi"], t[108]["end"]) == (None, 109), t[108]
    assert t[118]["doi"] == "10.1371/journal.pone.0141854", t[118]
    assert t[123]["title"].endswith("are associated with severity of TB lesions"), t[123]
    assert t[128]["title"].startswith("Sit-and-wait versus active search hunting"), t[128]
    assert t[153]["end"] == 155, t[153]
    assert t[153]["title"] == ("Evolutionary distance of amino acid sequence orthologs across macaque subspecies:"
                               " Candidate genes for SIV resistance in Chinese rhesus macaques"), t[153]
    assert t[178]["title"].startswith("A large-scale SNP-based genomic admixture analysis"), t[178]
    assert t[187]["title"].endswith("sustainable land-use in Costa Rica"), t[187]
    assert sum(1 for p in papers if p["doi"]) == 16
    write_truth(
        NAME,
        PART,
        papers,
        "Each '[n][n]' reference-link-numbered paragraph between the '------' rules is an entry (29, numbered 29..1),"
        " spanning its text line(s) and its Altmetric badge line; title = the plain text after '(year).' (after the"
        " author list for the four year-less paragraphs 66/87/113/123) up to the first period followed by a space,"
        " wrapped lines joined, the '[Author’s Reply]' tag dropped (93).  The link definitions at the bottom are"
        " not entries.",
        "Read all 219 lines; compared -v for all 29 entries: author/year boundaries incl. '(2017) ' without period"
        " (54), '(20015)' (128), year-less 66/87/113/123; wrapped titles 153-154/159-160 and wrapped authors 178-179;"
        " titles with internal commas/parentheses (108, 123, 165); DOIs from the data-doi badges (16 of 17, the PII on"
        " 109 gives none).",
    )


if __name__ == "__main__":
    main()
