"""Wild4 truth for chenxingqiang/alphafold2-docs AF2REFPAPERS.md (commit 1cbdd30): a reading
checklist of the 83 references of the AlphaFold2 Nature paper (Jumper et al. 2021).

Shape: '# Reference Papers List', a dashed rule, then one GitHub task item per reference,
'- [x] N. Authors. Title. Journal vol, pages (year).' ('- [ ]' for the unread ones), references
1 to 83 in order, separated by blank lines, and a closing dashed rule.  Five references wrap onto
a second task item without a number (lines 34, 83, 88, 144, 153: '- [x] (2020).',
'- [x] networks and correlated mutations. ...'); such a continuation belongs to the reference
above it, and where the break falls inside the title (42 'Prediction of contact maps with
neural / networks ...', 69 'TensorFlow: ... Heterogeneous / Systems.') the title is joined over
it with the continuation's '- [x] ' markup removed.

Entry: every numbered reference whose subject is one paper (journal article, conference paper,
preprint, arXiv white paper).  Not entries (6): 15 the CASP14 'Abstract Book' (a collection of
abstracts, a book-like volume, not one work), 70 the DeepMind blog post on Sonnet, 72 the
'Python 3 Reference Manual' (a book), 73 'Google Colaboratory', a chapter of a beginners'
guide book (Apress), 74 the XLA web page (a tool), 77 a PDB structure deposit cited by its
data DOI 10.2210/pdb6YJ1/pdb (a data set without a paper).  So 77 entries.

Title: the Nature style puts it between the author block and the journal.  The author block
ends at the first initial ('J. A.') or 'et al.' followed by a space and a word that is neither
another initial, '&' nor 'et al.' (the one group author, 'wwPDB Consortium.', is matched
literally); the title runs from there to the first '.' or '?' that is followed by a space, a
capital letter or the end of the text ('?' kept, '.' dropped).  Reference 17 has no space before
the journal ('globular proteins.J. Mol. Biol.'), which the capital-letter rule covers.  Titles
keep the file's spelling ('potentials of mena force', 'magenet classification').

Ids: DOIs are written in 56 'https://doi.org/10.1002/prot.26171' and 57 (bioRxiv, final '.'
dropped by the helper).  Two arXiv ids are written with a stray space left by a PDF copy,
'arXiv:1908. 00723' (49) and 'arXiv:1603. 04467' (69); they are written as arXiv ids, so the
truth gives them (1908.00723, 1603.04467), set by hand since the helper's pattern does not
accept the space.  38's 'biorXiv preprint 2021. 02. 12. 430858' is no DOI as written.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild4 import entry, read_lines, write_truth

NAME = "chenxingqiang__alphafold2-docs__AF2REFPAPERS@1cbdd30.md"
PART = "wild4_development"

NOT_PAPERS = {15: "abstract book", 70: "blog post", 72: "book", 73: "book chapter (beginners' guide)",
              74: "tool web page", 77: "PDB data deposit"}
ARXIV_SPACED = {49: "1908.00723", 69: "1603.04467"}

AUTHORS = re.compile(
    r"(?:wwPDB Consortium\.|.*?(?:\b[A-ZÀ-Ž]\.|et al\.))"
    r" (?![A-ZÀ-Ž]\.|&|et al\.)"
)
TITLE_END = re.compile(r"[.?](?= |[A-Z]|$)")


def split_title(text: str) -> str:
    m = AUTHORS.match(text)
    assert m, text
    rest = text[m.end():]
    e = TITLE_END.search(rest)
    assert e, text
    title = rest[: e.end()] if rest[e.start()] == "?" else rest[: e.start()]
    return " ".join(title.split())


def main() -> None:
    lines = read_lines(NAME)
    refs = []  # (number, first line, last line, joined text)
    for i, text in enumerate(lines, 1):
        m = re.fullmatch(r"- \[[x ]\] (\d+)\. (.*)", text)
        if m:
            refs.append([int(m.group(1)), i, i, m.group(2).strip()])
            continue
        c = re.fullmatch(r"- \[x\] (.*)", text)
        if c:  # continuation of the reference above (no number)
            assert refs and refs[-1][2] == i - 1, i
            refs[-1][2] = i
            refs[-1][3] += " " + c.group(1).strip()
            continue
        assert text.strip() == "" or i in (1, 2, len(lines) - 1) or set(text) == {"-"}, (i, text)
    assert [r[0] for r in refs] == list(range(1, 84))
    assert sum(r[2] > r[1] for r in refs) == 5

    papers = []
    for num, first, last, text in refs:
        if num in NOT_PAPERS:
            continue
        p = entry(lines, first, last, split_title(text))
        if num in ARXIV_SPACED:
            assert p["arxiv"] is None and ARXIV_SPACED[num].replace(".", ". ") in text
            p["arxiv"] = ARXIV_SPACED[num]
        papers.append(p)
        if "-v" in sys.argv:
            print(num, first, last, p["title"], p["arxiv"], p["doi"], sep=" | ")
    assert len(papers) == 77
    assert sum(p["doi"] is not None for p in papers) == 2
    write_truth(
        NAME, PART, papers,
        "every numbered task-item reference '- [x] N. Authors. Title. Journal ...' whose subject is one paper is"
        " an entry (with its unnumbered continuation item when wrapped), title = the text between the Nature-style"
        " author block and the first '. '/'? ' before the journal; refs 15 (abstract book), 70 (blog), 72 (manual),"
        " 73 (book chapter), 74 (tool page), 77 (PDB deposit) are not entries; the two space-broken 'arXiv:1908."
        " 00723' ids are given",
        "83 numbered items 1..83 in order (asserted), the 5 continuation items attached (asserted); all 77 titles"
        " printed with -v and compared with the file by eye, including the 3 wrapped titles/refs (16, 40, 42, 69),"
        " 17 (no space before journal), 21 (title ends '?'), 5 (group author), 13 (author 'Dal Peraro, M. A"
        " further'), 35, 38, 52; the two DOIs and two spaced arXiv ids checked against the text",
    )


if __name__ == "__main__":
    main()
