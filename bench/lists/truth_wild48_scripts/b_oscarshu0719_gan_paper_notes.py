"""Wild48 truth for Oscarshu0719/paper-notes paper_notes.md: a Taiwanese student's single-file reading notes on GAN
papers (plus ResNet and DeepFaceLab), newest commit touching the file (6c984e3, "Add DeepFaceLab").

Shape: 911 lines (no final newline), 36 KB.  ``# Paper notes`` (1), then a table of contents of 24 bare links, one per
paragraph (3-49, odd lines), each pointing at a broken anchor ``(##Title With Spaces)``.  Then one ``## Title`` section
per paper (51-819), each heading followed (after a blank line, or directly at 438-439) by a blockquoted nickname
(``>   ResNet``, ``>   WGAN-GP``), numbered notes with LaTeX ``$$`` blocks, GitHub image links and a ``### Vocabulary``
list of English words with Chinese glosses.  The last section (DeepFaceLab, 817-909) has ``###``/``####`` sub-headings
and ends with ``### References`` (885): 12 numbered references ``[n] Authors. Title. Venue, pages, year.`` (887-909,
one per paragraph).  The file ends with an empty ``## `` heading (911).

Special cases:
- ``## Improved Training of Wasserstein GANs`` (342) has a section but no TOC link; every other paper appears twice
  (TOC link and heading), and each mention is a separate entry.
- ``## Vocabulary`` (561) is a level-2 heading that is not a paper (the other 13 vocabulary headings are ``###``);
  the empty ``## `` (911) is not an entry either.
- The blockquoted nickname (``>   CTGAN``) is a tag, not title text; it is inside the heading entry's span so that the
  entry covers heading + nickname but not the notes (whose image links are the author's own figures).
- References: title = the text between the authors' closing ``. `` and the next ``. `` (4 keeps its
  ``?(and a dataset of 230,000 3d facial landmarks)``; lower-case ``S3fd``/``Retinaface``/``Ternausnet`` as written);
  arXiv ids from ``arXiv preprint arXiv:1905.00641`` (889) and ``arXiv:1801.05746`` (899).

Decisions:
- Entries: the 24 TOC links (title = link text), the 25 paper headings (title = heading text; lines heading..nickname)
  and the 12 references (title as above): 61.
"""
import re

from _wild48 import entry, read_lines, write_truth

NAME = "Oscarshu0719__paper-notes__paper_notes@6c984e3.md"
PART = "wild48_development"

TOC = re.compile(r"^\[(?P<title>[^\]]+)\]\(##(?P<anchor>[^)]+)\)$")
HEAD = re.compile(r"^## (?P<title>.+)$")
NICK = re.compile(r"^>   \S+$")
REF = re.compile(r"^\[(?P<n>\d+)\] (?P<authors>[^.]+?)\. (?P<title>.+?)\. (?P<rest>(?:In |arXiv |IEEE |Computer ).+)$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Paper notes" and lines[-1] == "## ", (lines[0], lines[-1])
    papers = []
    toc, heads, refs = [], [], []
    for n, ln in enumerate(lines, 1):
        m = TOC.match(ln)
        if m:
            assert m.group("title") == m.group("anchor"), (n, ln)
            papers.append(entry(lines, n, n, m.group("title")))
            toc.append(m.group("title"))
            continue
        m = HEAD.match(ln)
        if m and m.group("title") != "Vocabulary":
            nick = n + 1 if NICK.match(lines[n]) else n + 2
            assert NICK.match(lines[nick - 1]), (n, lines[nick - 1])
            papers.append(entry(lines, n, nick, m.group("title")))
            heads.append(m.group("title"))
            continue
        if ln.startswith("["):
            m = REF.match(ln)
            assert m and 887 <= n <= 909, (n, ln)
            papers.append(entry(lines, n, n, m.group("title")))
            refs.append(int(m.group("n")))
    assert len(toc) == 24 and len(heads) == 25 and refs == list(range(1, 13)), (len(toc), len(heads), refs)
    assert set(heads) - set(toc) == {"Improved Training of Wasserstein GANs"} and set(toc) <= set(heads)
    t = {p["line"]: p for p in papers}
    assert (t[51]["title"], t[51]["end"]) == ("Deep Residual Learning for Image Recognition", 53), t[51]
    assert (t[438]["title"], t[438]["end"]) == ("BEGAN: Boundary Equilibrium Generative Adversarial Networks", 439)
    assert 561 not in t and 911 not in t
    assert t[887]["title"] == "S3fd: Single shot scale-invariant face detector", t[887]
    assert (t[889]["title"], t[889]["arxiv"]) == ("Retinaface: Single-stage dense face localisation in the wild",
                                                  "1905.00641"), t[889]
    assert t[893]["title"].endswith("problem?(and a dataset of 230,000 3d facial landmarks)"), t[893]
    assert t[899]["arxiv"] == "1801.05746" and t[909]["title"] == "Poisson image editing", (t[899], t[909])
    assert len(papers) == 61, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Entries: every TOC link 3-49 (24, title = link text; the broken '(##Title)' anchors repeat it), every '## '"
        " paper heading (25, title = heading text, lines = heading through its blockquoted nickname, which is a tag and"
        " not title), and the 12 numbered references of the DeepFaceLab notes 887-909 (title = text between the"
        " authors and the next '. '): 61; '## Vocabulary' (561) and the empty '## ' (911) are not entries; papers in"
        " both TOC and headings are two entries each.",
        "Read the TOC, every heading with its nickname line and the references; compared -v for all 61 entries: TOC"
        " link = heading text for all 24, the heading-only WGAN-GP 342, BEGAN's nickname directly under its heading"
        " (438-439), the '## Vocabulary' 561 skipped, reference titles incl. the '?(and a dataset ...)' of 893 and"
        " lower-case S3fd/Retinaface/Ternausnet; ids: arXiv 889 and 899 only (the notes' image links carry none).",
    )


if __name__ == "__main__":
    main()
