"""Wild49 truth for cstrawberry/predictive-universe ``docs/paper/references.md``: the reference list of a long
speculative physics manuscript ("Predictive Universe": quantum information, gravity, cosmology, consciousness),
newest commit (00d5dfd, 2026-08-05).

Shape: 867 lines, 138 KB, ``# References`` (1) and then 850 one-line ``*   `` bullets (a few with a single space,
``* ``), APA style ``Authors (Year). Title. *Journal*, *vol*(issue), pages. DOI: 10...`` with the DOI written as bare
text (``DOI: 10.1103/...``), sometimes with ``arXiv:NNNN.NNNNN`` as well.  The list is alphabetical in runs: later
batches were appended below the first A-Z run (blank lines at 46, 86, 93, 173, 219, 256, 392, 506, 600, 605, 629, 750,
775, 831, 833 split the file; runs restart at A after 831 and 833), so many works appear twice or more.

What the bullets are (the point of this file): a physics/maths/philosophy mix of journal articles, book chapters,
arXiv preprints and technical reports (entries) and of books, lecture notes and web pages (not entries).
APA itself marks the difference: a book's title is italic right after the year (``(1980). *Methods of Modern
Mathematical Physics...*. Academic Press.``), an article's title is plain and its journal italic.

Special cases:
- Italic-title bullets that are research works anyway (entries): 50 NIST Special Publication 800-22 (tech report),
  76 Bilal ``*Lectures on Anomalies*. arXiv:0802.0634`` and 643 Sason & Verdú ``*f-Divergence Inequalities*.
  arXiv:1508.00335`` (arXiv preprints), 295 MIRI Technical Report 2015-2, 452 NASA/TM-20250003885 (tech memo),
  826 Watatani and 854 Itô (Memoirs of the AMS: research memoirs in a journal series).
- Italic-title bullets not entries: books and textbooks (most), lecture notes (601 Preskill, 760 Wolf; also 14, 69,
  441, 565 Lecture Notes volumes), 343 Heidegger's inaugural lecture, 387 a NASA JPL web article, classical
  philosophy (366 Hume, 401 Kant, 210 Descartes, 676 Spinoza, 759 Wittgenstein).
- Plain-title bullets not entries: 12 Albert ``On the Origin of Everything. Review of L. Krauss, *A Universe from
  Nothing*. *New York Times*`` (a newspaper book review), 348 Helgason (a book in Pure and Applied Mathematics), 693 Takesaki ``Tomita's
  theory of modular Hilbert algebras...`` (Lecture Notes in Mathematics volume 128, a monograph), 668 Shor's MSRI
  workshop lecture notes.
- Bullets with no ``(Year)``: 18 Aristotle *De Anima* (a classical treatise in a collected works, not an entry) and
  web resources 165-169 (LMFDB, MacTutor, OEIS, two MathWorld pages): not entries.
- Chapters ``Title. In Eds., *Book* (pp.)`` are entries (e.g. 9, 24, 41, 104, 394 Jung, 462 Leibniz, 606, 749, 837).
- Venues not italic on some lines (``JHEP 08, 098.`` 200, ``Nucl. Phys. B 236, 221.`` 495, ``Physical Review D,
  87(12)`` 720, ``CERN preprint TH-2538.`` 838, ``Machine Intelligence Research Institute draft.`` 829, bare arXiv
  ids 130, 164, 197, 202, 296, 297, 372, 373, 397, 460, 518, 641); titles ending in ``?`` (e.g. ``Consciousness:
  here, there and everywhere?``) have no period before the journal; titles holding periods (585/586 ``Planck 2018
  results. VI. Cosmological parameters``), TeX math (``$D_4$``, ``$n\\theta$``, ``$C^*$``).
- 826 ``*Index for $C^*$-Subalgebras*``: the TeX ``$C^*$`` puts an asterisk inside the italics.
- Repeats (the appended batches) are separate entries (e.g. Wheeler 744/745 and Wigner 748/749 in two forms).

Decisions:
- Entry = every bullet for a journal article, chapter, preprint, report or memoir (see above); one line each.
- Title = for plain titles the text after ``(Year).`` up to the venue (the ``. *Journal*`` / ``. In `` / ``. arXiv``
  / plain-venue boundary, per line); for the italic-title entries the italic text.
- Ids: DOIs written as ``DOI: 10...`` text, arXiv ids as ``arXiv:...`` text, from the bullet only.
"""
import re

from _wild49 import entry, read_lines, write_truth

NAME = "cstrawberry__predictive-universe__docs__paper__references@00d5dfd.md"
PART = "wild49_development"

BULLET = re.compile(
    r"^\*\s+(?P<authors>.+?)\s\((?P<year>\d{4}[a-z]?(?:/\d{4})?)\)\.?\s+(?P<rest>.*)$"
)
NO_YEAR = {18, 165, 166, 167, 168, 169}
ITALIC_ENTRIES = {50, 76, 295, 452, 643, 826, 854}
PLAIN_NOT_ENTRIES = {12, 348, 668, 693}
# where the title of a plain bullet ends: before ". *Venue*", ". In ", ". arXiv", ". Reprinted", "? *Venue*"
END = re.compile(r"(?:(?<=[?!])|\.)\s+(?=\*|In\s|arXiv|Preprint|Reprinted|JHEP|CERN|Nucl\.|Machine Intelligence|"
                 r"Physical Review|Astronomy|New Journal|IRE |The Bell|Journal of|Technical Report)")
# plain venues that need a cut at a known string
PLAIN_CUT = {153: " (NIST SP 961"}


def plain_title(n: int, rest: str) -> str:
    if n in PLAIN_CUT:
        return rest.split(PLAIN_CUT[n])[0]
    m = END.search(rest)
    assert m, (n, rest)
    return rest[: m.start()]


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# References"
    papers = []
    kinds = {"italic_entry": 0, "italic_not": 0, "plain_entry": 0, "plain_not": 0, "no_year": 0}
    for n, ln in enumerate(lines, 1):
        if n == 1 or not ln.strip():
            continue
        assert ln.startswith("* "), (n, ln)
        m = BULLET.match(ln)
        if not m:
            assert n in NO_YEAR, (n, ln)
            kinds["no_year"] += 1
            continue
        rest = m.group("rest")
        if rest.startswith("*"):
            if n not in ITALIC_ENTRIES:
                kinds["italic_not"] += 1
                continue
            t = re.match(r"^\*(?P<t>.+?)\*\. ", rest)  # 826 has '$C^*$' inside the italics
            assert t, (n, rest)
            title = t.group("t")
            kinds["italic_entry"] += 1
        else:
            if n in PLAIN_NOT_ENTRIES:
                kinds["plain_not"] += 1
                continue
            title = plain_title(n, rest)
            kinds["plain_entry"] += 1
        if not title or "*" in re.sub(r"\$[^$]*\$|\*-algebra|\*Xenopus laevis\*", "", title):
            raise AssertionError((n, title))
        papers.append(entry(lines, n, n, title))
    assert kinds == {"italic_entry": 7, "italic_not": 172, "plain_entry": 661, "plain_not": 4, "no_year": 6}, kinds
    t = {p["line"]: p for p in papers}
    assert t[5]["title"] == "Toward the discovery of matter creation with neutrinoless \u03b2\u03b2 decay", t[5]
    assert (t[439]["title"], t[439]["doi"]) == ("Strong-Field Gravity Tests with the Double Pulsar",
                                                "10.1103/physrevx.11.041050"), t[439]
    assert t[585]["title"] == "Planck 2018 results. VI. Cosmological parameters", t[585]
    assert t[566]["title"] == "Review of Particle Physics", t[566]
    assert (t[76]["title"], t[76]["arxiv"]) == ("Lectures on Anomalies", "0802.0634"), t[76]
    assert t[838]["title"] == "Statistical geometry", t[838]
    assert t[495]["title"] == "Two-loop renormalization group equations", t[495]
    assert t[24]["title"] == "The dynamics of general relativity", t[24]
    assert t[826]["title"] == "Index for $C^*$-Subalgebras", t[826]
    assert t[560]["title"] == "Transmembrane voltage potential controls embryonic eye patterning in Xenopus laevis"
    assert len(papers) == 668, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every one-line APA bullet for a research work is an entry (668 of 850): journal articles, chapters ('Title."
        " In Eds., *Book*'), arXiv preprints, technical reports and AMS memoirs; books, textbooks, lecture notes,"
        " classical philosophy, a lecture, a web article and the year-less web resources are not (the APA italic-"
        "title convention marks books; the exceptions are listed in the docstring). Title = the plain text after"
        " '(Year).' up to the venue boundary, or the italic title for the 7 italic-title entries; repeats in the"
        " appended alphabetical batches are separate entries.",
        "Classified all 850 bullets: listed every italic-title bullet (179) and every plain bullet without an italic"
        " venue or with book/report/preprint/notes words (58) and decided each by eye; read the -v titles of all"
        " entries for boundary errors (titles ending in '?', titles with periods 585/586, plain venues 200/495/720/"
        "829/838, chapters); DOIs from 'DOI: 10...' text and arXiv ids from 'arXiv:' text spot-checked.",
    )


if __name__ == "__main__":
    main()
