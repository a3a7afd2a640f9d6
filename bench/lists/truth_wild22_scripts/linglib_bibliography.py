"""Wild22 truth for hawkrobe/linglib blog/content/bibliography.md: a linguistics bibliography (formal
semantics, pragmatics, syntax, morphology, phonology) of the works a Lean library formalizes or cites.

Commit: 6a82aa4 (2026-03-01).  HEAD no longer tracks the file (since 0b9e005, 2026-05-28, it is
generated in CI), and every later version is over 2 MB; 6a82aa4 is the newest version under
400 KB.
Shape: YAML front matter, one intro line, then 18 '## Field — Subfield' headings; under them 203
records generated from a .bib file, blank lines between, each:
  line 1: '**Authors** (YEAR). Title. *Venue, vol(issue), pages*.\\'  (a trailing backslash = <br>)
  line 2: '[formalized]' / '[cited]' / '[foundational]' tag and ' · [source](github .lean URL)' links
  line 3 (optional): 'cited in: [Module](github URL), ...'
An entry spans the record's lines (line 1 to the last non-blank line).  Title = the text between
'(YEAR). ' and the separator '. ' before the italic venue, the separator dropped ('?' kept: line
173 'Knowledgeable When Computing Conversational Inferences?' then '.').  Titles keep the .bib's
LaTeX leftovers as the file writes them ('Discourse \\emphonly' line 322, 'Temporal
\\emphin-Adverbials' line 420, 'Iconicity vs.\\ Economy' line 571, 'Heaviness vs.\\ Newness' line
579, 'The Slavic [ov]\\textasciitilde[u] Alternation' line 750); curly quotes kept (line 42, 132).
Special records:
- lines 357, 367, 398, 409 have an empty title ('(2003). . *Semantics and Linguistic Theory,
  13, 37–54*.'): entries with title null.
- line 345 (Martin, Rose & Nichols 2025, 'Burning Facts: Thick and Thin Causatives.\\') has no
  venue: title = the text before the final '.'.
- line 738 has an empty author span ('**** (2011). The Handbook of Phonological Theory.'): a book.
- arXiv ids are written as the venue ('*arXiv:2505.03732*', lines 65, 165, 660); no DOIs at all.
Entries: journal articles, proceedings papers (SALT, SuB, CogSci, WCCFL, CLS, SCiL, Amsterdam
Colloquium), chapters in edited volumes (venue = the volume: 'Approaches to Natural Language',
'Themes from Kaplan', 'Semantics: An International Handbook', 'Events and Grammar', ...), PhD
dissertations (lines 248, 318, 371, 433, 449, 467, 504, 594), preprints (arXiv, PsyArXiv) and one
'Manuscript' (line 423).  Not entries (38): books, i.e. records whose venue is only a publisher
(Wiley, OUP, CUP, MIT Press, Harvard/Cornell/Chicago UP, Springer, Kluwer, De Gruyter Mouton,
John Benjamins, CSLI), including the edited volume of line 712 and the handbook of line 738;
listed in BOOKS.
Count check: 203 record lines ('**...** (YEAR). ') = 165 entries + 38 books; 4 null titles; 3 arXiv.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild22 import entry, read_lines, write_truth

NAME = "hawkrobe__linglib__blog__content__bibliography@6a82aa4.md"
PART = "wild22_development"
BOOKS = {106, 183, 195, 222, 244, 260, 275, 303, 307, 313, 361, 406, 497, 560, 563, 567, 587, 591, 598, 609,
         613, 628, 642, 650, 657, 667, 675, 679, 683, 686, 693, 697, 708, 712, 716, 719, 738, 746}
PUBLISHER = re.compile(r"Press|Wiley|Springer|Kluwer|De Gruyter|Benjamins|CSLI Publications")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    records = 0
    for i, text in enumerate(lines, 1):
        m = re.match(r"\*\*(.*?)\*\* \((\d{4})\)\. (.*)$", text)
        if not m:
            continue
        records += 1
        end = i
        while end < len(lines) and lines[end].strip():
            end += 1
        rest = m.group(3)
        v = re.search(r" \*([^*]+)\*\.\\$", rest)
        venue = v.group(1) if v else None
        if i in BOOKS:
            assert venue and PUBLISHER.search(venue), (i, venue)
            continue
        assert not (venue and PUBLISHER.search(venue) and "," not in venue), (i, venue)
        body = rest[: v.start()] if v else rest.removesuffix("\\")
        assert body.endswith("."), i
        title = body[:-1].strip() or None
        papers.append(entry(lines, i, end, title))
    assert records == 203, records
    assert len(papers) == 165, len(papers)
    assert sum(1 for p in papers if not p["title"]) == 4
    assert sum(1 for p in papers if p["arxiv"]) == 3
    write_truth(NAME, PART, papers,
                "each '**Authors** (YEAR). Title. *Venue*.\\' record with its tag/source and 'cited in' lines is an"
                " entry, title = the text between the year and the italic venue (null when empty); the 38 books"
                " (venue only a publisher, incl. an edited volume and a handbook) are not entries",
                "all 203 record lines read by eye to sort books from articles, chapters, theses and preprints;"
                " every null title (357, 367, 398, 409), the venue-less record 345, the LaTeX-leftover titles and"
                " the arXiv venues checked against the file; first and last entry of each heading looked at")


if __name__ == "__main__":
    main()
