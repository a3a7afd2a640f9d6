"""Wild18 truth for nuster1128/Awesome-Causal-Papers README: causal-ML papers of recent top
conferences (ICLR'23, NeurIPS'22, ICLR'22, ICML'22, KDD'22, WWW'22, SIGIR'22), with no link at all.

Shape: one paragraph per paper, two lines with Markdown hard breaks (trailing space):
'**[Causal Inference] Title**. (2023-ICLR) Author, Author. ' then
'**TLDR**: one-sentence summary. (Chinese gloss) '; a blank line between papers; '### Topic'
headings (Causal Inference, Causal Discovery, Causal Representation Learning, Counterfactual
Inference, Causal in RecSys/RL/NLP/CV/Bio/IR); one TLDR wraps onto a third line (line 342).

Entries: every paragraph opening with '**[Tag] ' (187), lines = the paragraph (bold line, TLDR
line, the wrapped tail).  Title = the bold text after the bracketed topic tag (the tag repeats the
section and is dropped), a trailing space inside the bold kept out.  Not entries: the update log,
the contents, the contributors list.
Counts: 187 lines starting '**[' and 187 starting '**TLDR' (grep), every TLDR on the line right
after its bold line; tags per section 60+37+26+22+14+13+7+3+4+1 = 187.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild18 import entry, read_lines, write_truth

NAME = "nuster1128__Awesome-Causal-Papers__README@8cb92d2.md"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        m = re.match(r"\*\*\[[^\]]+\] (.+?)\*\*\. \(\d{4}-[A-Za-z]+\) ", text)
        if not m:
            assert not text.startswith("**["), i
            continue
        last = i
        while last < len(lines) and lines[last].strip():
            last += 1
        assert lines[i].startswith("**TLDR**"), i
        papers.append(entry(lines, i, last, m.group(1).strip()))
    assert len(papers) == 187, len(papers)
    write_truth(NAME, "wild18_development", papers,
                "every '**[Topic] Title**. (Year-Venue) Authors.' + '**TLDR**: ...' paragraph is an entry (no links"
                " in the file); title = the bold text after the bracketed topic tag",
                "the counts (187 bold '[Tag]' lines, 187 TLDR lines, one per paragraph, one wrapped TLDR), the first and"
                " last entry of every section, about 30 random titles against the file, the update log, contents and"
                " contributors left out")


if __name__ == "__main__":
    main()
