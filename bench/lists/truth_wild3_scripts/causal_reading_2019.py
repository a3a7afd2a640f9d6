"""Wild3 truth for mikedecr/site-cactus content/teaching/causal-inf-2019/index.md: a causal-inference reading group's list.

A Hugo page: front matter, three paragraphs, then '## Readings' with one '###' heading per topic
(Introduction ... Time-Series Cross-Sectional and Panel Data).  Every reading is a bullet
'- Authors (Year), ["Title"](url)' (the comma after the year is missing in a few); one bullet
(Skovron and Titiunik) wraps its link text over two lines, so that entry spans both.  An entry is
a bullet whose subject is a paper, title = the link text without its surrounding double quotes.

Not entries: the two McElreath bullets, which link YouTube lectures ('"Statistical Rethinking
2019" Lecture 6 (DAGs)', '... Lecture 19 (Gaussian Processes)'); Hastie, Tibshirani and Friedman's
'The Elements of Statistical Learning' (a book); Fowler (2019) 'But Shouldn't That Work Against
Me?', a post on The Political Methodologist's WordPress blog (a blog post).  Working papers and
preprints linked as PDFs (Abraham and Sun, Goodman-Bacon, Torres) are papers and kept.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _wild3 import entry, read_lines, write_truth

NAME = "mikedecr__site-cactus__content__teaching__causal-inf-2019__index@f0c1105.md"
PART = "wild3_development"
LINES = read_lines(NAME)
PAPERS: list[dict] = []

#: Bullets that are no paper (line: why).
NOT_PAPERS = {
    21: "McElreath, YouTube lecture 6",
    55: "Fowler, blog post on thepoliticalmethodologist.com",
    76: "Hastie, Tibshirani and Friedman, The Elements of Statistical Learning (a book)",
    83: "McElreath, YouTube lecture 19",
}
BULLET = re.compile(r'- [^\[]*?\(\d{4}\),? \["(.+?)"\]\(')


def main() -> None:
    i = 1
    n_bullets = 0
    while i <= len(LINES):
        text = LINES[i - 1]
        if text.startswith("- "):
            n_bullets += 1
            last = i
            while LINES[last].strip() and not LINES[last].startswith(("- ", "#")):
                last += 1  # a bullet wrapped over the next line
            block = " ".join(LINES[i - 1 : last])
            if i not in NOT_PAPERS:
                m = BULLET.match(block)
                assert m, i
                PAPERS.append(entry(LINES, i, last, m.group(1)))
            i = last + 1
        else:
            i += 1
    assert n_bullets == len(PAPERS) + len(NOT_PAPERS), n_bullets
    write_truth(NAME, PART, PAPERS,
                "every '- Authors (Year), [\"Title\"](url)' bullet under the topic headings is an entry (one wraps"
                " over two lines), title = the link text without its double quotes; two YouTube lectures, a book"
                " (The Elements of Statistical Learning) and a blog post (Fowler 2019) are not entries",
                "all 48 bullets one by one against the file (grep count 48: 44 entries, 4 left out), the wrapped Skovron and"
                " Titiunik bullet (lines 90-91), the bullets without a comma after the year, every DOI taken from a"
                " publisher URL (Wiley, T&F, Springer %2F, AEA, SAGE, MIT Press, Econometrica) and the 4 arXiv ids")


if __name__ == "__main__":
    main()
