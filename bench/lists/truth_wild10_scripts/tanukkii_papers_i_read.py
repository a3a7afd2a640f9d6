"""Wild10 truth for TanUkkii007/papers-i-read README.md: one person's 'Papers I read' log (speech synthesis, ML, NLP,
distributed systems).

Shape: GitHub task-list bullets '- [x] Title https://url' (read) and '- [ ] Title https://url' (to read) under
'### Speech Processing', '### Machine Learning', '### Natural Language Processing' and '### Distributed System',
each with a '#### ready to summarize' sub-list.  The title is plain text, the URL bare after it (two spaces
before it on some lines; one line gives two URLs, the t-SNE paper and its page).  Five titles wrap onto the next
line (lines 32-33, 75-76, 133-134, 137-138, 152-153): those entries span two lines and the title is joined with
a space.  Two Distributed System bullets write the title as a link to the author's notes
('[The Google File System](.../gfs.md) https://...'): title = the link text.

Entry: every task bullet whose subject is one scholarly work (125 bullets, counted with grep '^- \\[[ x]\\] ').
Not entries (3): line 27 'Neural Nets for Generating Music' (a Medium blog post), line 28 '日本語テキスト音声合成用記号'
(a JEITA standard, not a paper), line 158 'Eventually Consistent - Revisited' (a blog post on
allthingsdistributed.com).  Kept: the Distill article (line 67, a journal article), Yarin Gal's thesis
'Uncertainty in Deep Learning' (line 93, linked through his blog page), Apple's Machine Learning Journal article on
Siri's voice (line 29), 'Use of Formal Methods at Amazon Web Services' and 'Borg, Omega, and Kubernetes'
(technical report / ACM Queue article), the tech report 'Learning deep architectures for ai'.
Count check: 125 bullets - 3 = 122 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild10 import entry, read_lines, write_truth

NAME = "TanUkkii007__papers-i-read__README@7a98c51.md"
PART = "wild10_development"
LINES = read_lines(NAME)

NOT_PAPERS = {
    27: "Neural Nets for Generating Music",
    28: "日本語テキスト音声合成用記号",
    158: "Eventually Consistent - Revisited",
}
WRAPPED = {32, 75, 133, 137, 152}


def main() -> None:
    papers = []
    bullets = 0
    for i, text in enumerate(LINES, 1):
        if not re.match(r"- \[[ x]\] ", text):
            continue
        bullets += 1
        if i in NOT_PAPERS:
            assert NOT_PAPERS[i] in text, (i, text)
            continue
        last = i + 1 if i in WRAPPED else i
        if i in WRAPPED:
            assert "http" not in text and "http" in LINES[i], i
        else:
            assert "http" in text, i
        block = " ".join(LINES[i - 1:last])
        body = block[6:]
        m = re.match(r"\[([^\]]+)\]\([^)]+\)\s+https?://", body)
        if m:
            title = m.group(1)
        else:
            m = re.match(r"(.+?)\s+https?://", body)
            title = m.group(1)
        papers.append(entry(LINES, i, last, title))
    assert bullets == 125, bullets
    assert len(papers) == 122, len(papers)
    write_truth(NAME, PART, papers,
                "every '- [x]'/'- [ ]' task bullet naming a paper is an entry, title = the plain text before the bare URL"
                " (the link text where the title links the author's notes; wrapped titles joined over two lines);"
                " a Medium post, a JEITA standard and an allthingsdistributed blog post are not entries",
                "every bullet of the file read once against the output (125 bullets by grep, 3 non-papers, 122 entries),"
                " the five wrapped titles, the two linked titles, the line with two URLs, arXiv ids incl. one with v1")


if __name__ == "__main__":
    main()
