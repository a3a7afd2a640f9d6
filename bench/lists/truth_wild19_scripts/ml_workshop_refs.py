"""Wild19 truth for HFooladi/ml_workshop doc/refs.md: a weekly ML workshop's reading list.

Shape: one '## Week N: Topic' heading per session (9 weeks, each after an '<a name="weekN">'
anchor), with '### Main References' / '### Further References' subheadings and '* [citation](url)'
bullets separated by blank lines; the whole citation is the link text.  Most citations are
MLA-like, 'Surname, Given, et al. "Title."' (straight or curly quotes); a few put the quoted
title first ('"Deep Gaussian Processes." Damianou, A. and Lawrence, N., 2013. Proceedings ...'),
one is 'Görtler, et al., "Title", Distill', and week 9 has unquoted ones: 'MacKay, David J. C.
(1992) Bayesian interpolation. Neural Computation', a bare title, and 'Wilson, A.G. and
Izmailov, P., 2020. Title.'.  An entry is one bullet whose subject is a paper (line = end = the
bullet line); title = the quoted title (or the title part of the unquoted ones), its closing
'.' dropped.

Not entries: the seven book bullets of weeks 3-6 (the 'Understanding Machine Learning' textbook,
'Foundations of Machine Learning', 'An Introduction to Computational Learning Theory', Pearl's
'Causality' and 'The Book of Why' (each listed twice, weeks 4 and 5), 'Elements of Causal
Inference' (twice), 'Gaussian Processes for Machine Learning'); Turner's YouTube lecture
(line 76); the three blog posts (Juliani line 96, DeepMind line 117, 'Simple Machine Learning'
line 119).  Kept: the Distill article (line 78, a peer-reviewed journal article) and 'Weight
Agnostic Neural Networks' (line 33, linked to the paper's project page).

Count check: 38 '* [' bullets (grep; per week 6, 4, 3, 3, 3, 4, 6, 6, 3); 10 of them books (3 in week 3, 3+3 in weeks 4-5, 1 in
week 6), 1 video, 3 blog posts -> 24 entries: weeks 1-9 give 6, 4, 0, 0, 0, 2, 5, 4, 3.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild19 import entry, read_lines, write_truth

NAME = "HFooladi__ml_workshop__doc__refs@2c59177.md"
PART = "wild19_development"
LINES = read_lines(NAME)

#: bullet lines that are no paper: books, a lecture video, blog posts
NOT_PAPERS = {41: "book", 43: "book", 45: "book", 52: "book", 54: "book", 56: "book",
              63: "book", 65: "book", 67: "book", 74: "book", 76: "video",
              96: "blog", 117: "blog", 119: "blog"}
#: titles the quote rule cannot take (unquoted citations of week 9)
UNQUOTED = {
    127: "Bayesian interpolation",
    129: "Probabilistic machine learning and artificial intelligence",
    133: "Bayesian deep learning and a probabilistic perspective of generalization",
}
PER_WEEK = [6, 4, 0, 0, 0, 2, 5, 4, 3]


def main() -> None:
    papers = []
    bullets = 0
    week = 0
    per_week = [0] * 9
    for i, text in enumerate(LINES, 1):
        if text.startswith("## Week "):
            week = int(re.match(r"## Week (\d+)", text).group(1))
            continue
        if not text.startswith("* ["):
            continue
        bullets += 1
        if i in NOT_PAPERS:
            continue
        label = re.match(r"\* \[(.*)\]\(", text).group(1)
        if i in UNQUOTED:
            title = UNQUOTED[i]
            assert title in label, i
        else:
            m = re.search(r"[\"“](.+?)[\"”]", label)
            assert m, i
            title = m.group(1).rstrip().removesuffix(".").rstrip()
        papers.append(entry(LINES, i, i, title))
        per_week[week - 1] += 1
    assert bullets == 38, bullets
    assert per_week == PER_WEEK, per_week
    assert len(papers) == 24, len(papers)
    write_truth(NAME, PART, papers,
                "every '* [citation](url)' bullet under the week headings whose subject is a paper is an entry, title ="
                " the quoted title in the link text (closing '.' dropped; the three unquoted week-9 citations by hand);"
                " the books of weeks 3-6 (listed twice in weeks 4-5), a YouTube lecture and three blog posts are not"
                " entries; the Distill article and the WANN project page are",
                "all 38 bullets one by one against the file: 24 entries (per week 6,4,0,0,0,2,5,4,3), the 10 book,"
                " 1 video and 3 blog bullets left out, straight and curly quotes, the title-first Damianou and Distill"
                " citations, the arxiv-vanity link, the unquoted MacKay/Nature/Wilson citations")


if __name__ == "__main__":
    main()
