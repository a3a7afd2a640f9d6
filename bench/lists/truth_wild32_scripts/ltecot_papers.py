"""Wild32 truth for ltecot/papers README.md: a student's running notes on papers he read (2018-2019,
ML, quantum ML, AI safety).

Shape: one `### [Title](url)` heading per item, followed by one or more paragraphs of personal notes
(which link to further papers, blogs, images and videos inline). An entry is a heading whose subject
is a paper; its span is the heading line only (the notes' inline links belong to the prose, not to the
record). Papers mentioned inline in the notes (e.g. "Hinton's paper" 125, MAML/SNAIL 215, the two
curiosity papers 227, Towards Biologically Plausible Deep Learning 207, MAML 261) are not entries.

Headings that are not papers (not entries): 77 "Matrices as Tensor Network Diagrams" (math3ma blog
post), 81 "What physicists want to know about advances in generative modeling" (blog, the notes say
"Not a paper"), 173 "Go-Explore" (Uber blog post; the notes say the paper is not yet released), 225
"Reinforcement Learning with Prediction-Based Rewards" (OpenAI blog post combining two papers), 231
"Differentiable neural computers" (DeepMind blog post title; the Nature paper has another title).
Headings that carry a paper's own title but link to a blog, Medium or Drive copy are entries: 43,
119, 177, 209, 253, 256. 47 and 119 are two records of the same energy-based-models paper (old and
new title): two entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild32 import entry, read_lines, write_truth

NAME = "ltecot__papers__README@3555d56.md"
PART = "wild32_development"

HEAD = re.compile(r"^### \[(?P<title>.+?)\]\((?P<url>[^)]*)\)\s*$")
NOT_PAPERS = {77, 81, 173, 225, 231}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    heads = 0
    for i, line in enumerate(lines, 1):
        m = HEAD.match(line)
        if not m:
            assert not line.startswith("### "), (i, line)
            continue
        heads += 1
        if i in NOT_PAPERS:
            continue
        papers.append(entry(lines, i, i, m.group("title")))
    assert heads == 51, heads
    assert len(papers) == 46, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each '### [Title](url)' heading whose subject is a paper is an entry spanning the heading line, titled"
        " by the link text; five headings for blog posts are not entries and papers linked inline in the"
        " notes are not entries.",
        "Checked all 51 headings by eye and read the notes under each blog-linked heading (43, 77, 81, 119,"
        " 173, 177, 209, 225, 231, 253, 256) to decide paper or post.",
    )


if __name__ == "__main__":
    main()
