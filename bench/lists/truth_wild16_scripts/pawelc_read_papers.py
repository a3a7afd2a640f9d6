"""Wild16 truth for pawelc/docs read_papers.md: a researcher's reading diary, one heading per paper.

Shape: no preamble; each record is a level-1 heading '# Title' followed by unstructured note lines
(quotes, 'My Thought:', 'Research Idea:'), with or without a blank line after the heading.  No
links to the papers at all (the only URLs are a tutorial page, a code page and a blog heading), so
no entry has an arXiv id or DOI.

Entry: a record whose subject is one scholarly work (paper, survey, monograph article, PhD thesis,
technical note).  Its lines run from its title line to the line before the next record, trailing
blank lines dropped.  Title = the heading text as written (capitals kept), with the reader's own
parenthetical annotations dropped: '(PhD)' after the thesis title (line 79) and
'(not finished, too difficult)' (line 350).

Records without heading markup, decided one by one:
- line 307 '#[The wake-sleep algorithm for unsupervised neural networks]()' has no space after '#'
  (a paragraph holding an empty link, not a heading); it is still the record of that paper
  (note '1995' under it): an entry, title = the link text.
- line 310 'Nature, Deep learning' opens the notes on the Nature 'Deep learning' review (lines
  310-324): an entry, title 'Deep learning' (the venue before the comma dropped).
- line 253 'Extracting and Composing Robust Features with Denoising Autoencoders' and, inside the
  'Learning dynamic bayesian networks' section, line 177 'Perspectives on system identification'
  and line 201 'System identification of nonlinear state-space models' are plain title lines each
  followed by its own notes: entries.
- line 168 'Introduction to Learning Dynamical Systems' (a tutorial web page, URL on line 169) is not.

Headings that are not entries: 'Planning and Control (Excerpt from ...)' (a book excerpt, line 165),
'Masterclass on Deep Learning 2013 (Bengio)' (a lecture, 377), 'Pattern Recognition and Machine
Learning, Bishop Book' (382), 'Deep Learning Lecture by Nando de Freitas' (415), 'Quantum machine
learning : what quantum computing means to datamining / Peter Wittek' (a book, 467) and the
karpathy.github.io blog post heading (479).

Counts: 53 '# ' headings (grep -c '^# ') - 6 non-entries = 47, + 1 '#[' record + 4 unheaded title
lines = 52 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild16 import entry, read_lines, write_truth

NAME = "pawelc__docs__read_papers@c1d950b.md"
PART = "wild16_development"
LINES = read_lines(NAME)

#: heading lines that are not scholarly works (line: why)
NOT_PAPERS = {
    165: "Planning and Control (Excerpt from ...): a book excerpt",
    377: "Masterclass on Deep Learning 2013 (Bengio): a lecture",
    382: "Pattern Recognition and Machine Learning, Bishop Book: a book",
    415: "Deep Learning Lecture by Nando de Freitas: a lecture",
    467: "Quantum machine learning ... / Peter Wittek: a book",
    479: "karpathy.github.io blog post",
}
#: record lines without '# ' heading markup (line: title)
UNHEADED = {
    177: "Perspectives on system identification",
    201: "System identification of nonlinear state-space models",
    253: "Extracting and Composing Robust Features with Denoising Autoencoders",
    307: "The wake-sleep algorithm for unsupervised neural networks",
    310: "Deep learning",
}
#: the tutorial-page line inside a non-entry section that ends the record before it
BOUNDARY = {168}


def main() -> None:
    n = len(LINES)
    heads = [i for i in range(1, n + 1) if LINES[i - 1].startswith("# ")]
    assert len(heads) == 53, len(heads)
    for i, t in UNHEADED.items():
        assert t.split()[-1] in LINES[i - 1], (i, LINES[i - 1])
    starts = sorted(set(heads) | set(UNHEADED) | BOUNDARY)
    papers = []
    for k, s in enumerate(starts):
        if s in NOT_PAPERS or s in BOUNDARY:
            continue
        end = (starts[k + 1] - 1) if k + 1 < len(starts) else n
        while not LINES[end - 1].strip():
            end -= 1
        if s in UNHEADED:
            title = UNHEADED[s]
        else:
            title = LINES[s - 1][2:]
            title = re.sub(r"\s*\((?:PhD|not finished, too difficult)\)\s*$", "", title.strip())
        papers.append(entry(LINES, s, end, title))
    assert all(LINES[i - 1].startswith("# ") for i in NOT_PAPERS)
    assert len(papers) == 52, len(papers)
    write_truth(NAME, PART, papers,
                "each '# Title' heading record whose subject is a scholarly work, plus the '#[Title]()' record and four"
                " plain title lines that open their own notes, is an entry (lines = title line to the line before the"
                " next record); title = the heading text without the reader's '(PhD)' / '(not finished, too difficult)'"
                " notes; 'Nature, Deep learning' -> 'Deep learning'; a book excerpt, two lectures, two books and a blog"
                " heading are not entries",
                "every heading and every plain line that names a work read one by one against the file (53 headings"
                " counted with grep, 6 not papers, 5 unheaded records), entry spans at section ends, the two trimmed"
                " annotations; no URLs give ids")


if __name__ == "__main__":
    main()
