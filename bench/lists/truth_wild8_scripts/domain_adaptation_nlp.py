"""Wild8 truth for shizhediao/awesome-domain-adaptation-NLP README: '* Title [Venue Year] [[__pdf__](url)][[__code__](url)]' bullets, title as plain text.

Shape: '# Papers' split into '##' sections by venue (ACL 2021, NAACL 2021, EMNLP 2020) and by
topic (Survey, Negative Transfer, Data Selection, Pretraining-based, Alignment-based); each paper
is a one-line '* ' bullet whose title is unlinked text followed by a bracketed venue tag and
'[[__pdf__](...)]' / '[[__code__](...)]' links.  Then '# Code Repos' (two plain lines with code
links), empty 'Lectures and Tutorials' and 'Other Resources'.

Entries: every '* ' bullet between '# Papers' and '# Code Repos' except line 60, the Chinese
'Transfer Learning Tutorial' handbook (a tutorial/book, not a paper).  Title = the bullet text
before the first ' [' (the venue tag).  'Adapt-and-Distill' appears twice in ACL 2021 (lines 25
and 31, arXiv and ACL Anthology links): two entries.  The Code Repos lines are not entries.

Checks: bullets per section by grep: ACL 10, NAACL 7, EMNLP 10, Survey 2 (1 entry), Negative
Transfer 1, Data Selection 2, Pretraining-based 5, Alignment-based 7 = 44 bullets, 43 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild8 import entry, read_lines, write_truth

NAME = "shizhediao__awesome-domain-adaptation-NLP__README@033a8c4.md"


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("# Papers") + 1
    stop = lines.index("# Code Repos") + 1
    papers = []
    bullets = 0
    for i in range(start + 1, stop):
        text = lines[i - 1]
        if not text.startswith("* "):
            continue
        bullets += 1
        if "transferlearning.xyz" in text:  # tutorial handbook
            assert i == 60
            continue
        title = re.match(r"\* (.+?)\s+\[", text).group(1)
        papers.append(entry(lines, i, i, title))
    assert bullets == 44 and len(papers) == 43
    write_truth(NAME, "wild8_development", papers,
                "every '* Title [Venue] [[pdf]]' bullet under '# Papers' is an entry except a transfer-learning tutorial"
                " handbook; title = the text before the bracketed venue tag",
                "all 44 bullets read against the output (titles, venue tag cut incl. the double space at line 82,"
                " arXiv ids from /pdf/ links incl. v1, non-arXiv pdf links give no id); the tutorial and the Code"
                " Repos lines left out; counts per section by grep")


if __name__ == "__main__":
    main()
