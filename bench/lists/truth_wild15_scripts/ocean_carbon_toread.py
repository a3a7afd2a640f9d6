"""Wild15 truth for jthom143/control_aredi800 notes/papers_to_read.md (at 21672d3, the version before the
file was cut to a small table): a physical-oceanography / ocean-carbon PhD student's 'Papers to read'.

Shape: '## Papers to read:' then 43 one-line paragraphs separated by blank lines, each a plain-text
BibTeX-style reference 'Authors. Title. Journal, vol(issue):pages, MON YEAR. ISSN .... doi: ....'
with no Markdown at all; the LaTeX export left damage in place: '{' for the page-range dash,
ligatures dropped ('Redeld', 'eect', 'Raaele'), hyphenation kept ('path- ways', 'Over- turning').

Entry: every reference paragraph whose subject is one article (41).  Not entries: the two books,
'W. S. Broecker and T. H. Peng. Tracers in the Sea. Eldigio Press, ...' and 'R. R. Dickson, J. Meincke,
and P. Rhines. Arctic-subarctic ocean fuxes - dening the role of the northern seas in climate.
Springer, 2008.'
Title: the sentence after the author list, as written (damage kept).  The author list ends at the
first '. ' that follows a word that is not an initial ('R.', 'L.', 'J.-B.') and not 'et'; one
reference ('J. C. Dutay et al Evaluation ...') has no full stop after 'et al', so its title starts
after 'et al'.  The title ends at the next '. '.  DOIs come from 'doi: 10....' / 'doi:10....' text
(the Eden and Willebrand SICI DOI '10.1175/1520-0442(2001)014<2266:MOITDV>2.0.CO;2' is
kept whole, set by hand, since the helper's pattern stops at '<').  The LaTeX export wrote the
ligatures fi/fl/ffi as control characters (\v, \f, \x0e): the first two are whitespace to the
helper's cleaning ('Red eld'), the third stays inside its title ('e\x0eciency'), as written.

Count checks: 43 non-empty lines after the heading (grep -c . gives 44 with the heading); 2 books;
41 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild15 import entry, read_lines, write_truth

NAME = "jthom143__control_aredi800__notes__papers_to_read@21672d3.md"
BOOKS = ("Tracers in the Sea", "Arctic-subarctic ocean fuxes")


def split_title(text: str) -> str:
    m = re.match(r"J\. C\. Dutay et al (.+?)\. ", text)
    if m:
        return m.group(1)
    pos = 0
    while True:
        k = text.index(". ", pos)
        word = text[:k].split()[-1]
        if re.fullmatch(r"[A-Z](?:\.-?[A-Z])*", word) or word == "et":
            pos = k + 2  # an initial ('R.') or 'et.' of 'et. al.': still inside the author list
            continue
        rest = text[k + 2:]
        return rest[: rest.index(". ")]


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "## Papers to read:"
    refs = [(i, t) for i, t in enumerate(lines, 1) if i > 1 and t.strip()]
    assert len(refs) == 43, len(refs)
    papers = []
    for i, text in refs:
        title = split_title(text)
        if title.startswith(BOOKS):
            continue
        assert title in text
        e = entry(lines, i, i, title)
        if "doi: 10.1175/1520-0442(2001)014<2266:MOITDV>2.0.CO;2" in text:
            e["doi"] = "10.1175/1520-0442(2001)014<2266:moitdv>2.0.co;2"  # SICI DOI: its '<...>' part belongs to it
        papers.append(e)
    assert len(papers) == 41, len(papers)
    write_truth(
        NAME, "wild15_development", papers,
        "every one-line plain-text reference paragraph naming an article is an entry (41), title = the sentence"
        " after the author list, as written; the two books are not entries",
        "all 43 paragraphs read by eye against the printed titles (author-list end at initials, 'et. al.',"
        " the 'Dutay et al' reference without a full stop), the two books, the DOIs read from 'doi:' text",
    )


if __name__ == "__main__":
    main()
