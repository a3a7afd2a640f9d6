"""Wild28 truth for ohshimalab/ohshimalab.github.io content/publications/index.md: a Japanese lab's publication page.

Shape: a Hugo page (front matter, title 研究成果) with two '##' sections, 学術論文（査読あり）
(journal papers, lines 12-63) and 国際会議録（査読あり） (peer-reviewed international conference papers,
lines 66-141); every record is one '1.' numbered line (some with a tab after '1.', lines 84-97),
'Authors: Title, Venue, Vol., pp., date.' with no links, no arXiv ids and no DOIs anywhere.
Japanese records put the title in corner brackets 「...」 (the first pair; line 20's venue adds a second
pair 「天気」); English records quote it with "..." or “...” (lines 66-68), a space sometimes left inside
the opening quote (lines 88, 94); the closing quote is the first one followed by ',' or '.'.  Special
cases: lines 101 and 112 nest "..." inside the quoted title (kept: 'Finding "Similar but Different"
Documents ...'); lines 12-14 write the English title bare after the authors' colon (the title ends at
', Journal of Information Processing' / the full-width '，IEICE' on line 14, whose title itself holds a
colon) and are written out here; line 23 has no venue name, only 'Vol.E105-D'.
Entries: every numbered record (all are journal or conference papers).  Not entries: the front matter,
the two-item table of contents (line 7-8) and the commented-out link to theses (line 9).
Count check: grep -c '^1\\.' = 128 = 52 journal (lines 12-63) + 76 conference (lines 66-141).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild28 import entry, read_lines, write_truth

NAME = "ohshimalab__ohshimalab.github.io__content__publications__index@9faa6f1.md"
PART = "wild28_development"
BARE = {
    12: "Image Style Transfer Model Retrieval using Transformer Encoder and Learning to Rank",
    13: "Instance Segmentation Model Retrieval using Performance Prediction and Learning to Rank",
    14: "Pre-trained BERT Model Retrieval: Inference-Based No-Learning Approach using k-Nearest Neighbour Algorithm",
}


def title_of(i: int, text: str) -> str:
    if i in BARE:
        t = BARE[i]
        assert t in text, i
        return t
    m = re.search(r"「(.+?)」", text)
    if m and not re.search(r'["“]', text[: m.start()]):
        return m.group(1)
    m = re.search(r'["“](.+?)["”](?=\s*[,.，．])', text)
    assert m, i
    return m.group(1)


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    journal = conference = 0
    for i, text in enumerate(lines, 1):
        if not re.match(r"1\.\s", text):
            continue
        if 12 <= i <= 63:
            journal += 1
        elif 66 <= i <= 141:
            conference += 1
        else:
            raise AssertionError(i)
        papers.append(entry(lines, i, i, title_of(i, text)))
    assert (journal, conference) == (52, 76), (journal, conference)
    assert len(papers) == 128
    write_truth(NAME, PART, papers,
                "every '1.' numbered record under the two sections (journal papers, international conference"
                " papers) is an entry; title = the first 「...」 span of Japanese records, else the quoted span"
                " (\"...\" or “...”, closing quote followed by ',' or '.', nested quotes kept), and the bare title"
                " before the venue on lines 12-14; the file has no links or ids",
                "all 128 records read by eye against the -v output: every Japanese 「」 title (line 20's second"
                " 「天気」 pair is the venue), the nested-quote titles on lines 101 and 112, the curly quotes on"
                " lines 66-68, the leading spaces inside quotes on lines 88 and 94, the bare titles on lines"
                " 12-14 and the venue-less line 23; no arXiv ids or DOIs are written")


if __name__ == "__main__":
    main()
