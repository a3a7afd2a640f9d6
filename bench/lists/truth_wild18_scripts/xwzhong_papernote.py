"""Wild18 truth for xwzhong/papernote README.md: the index of one NLP engineer's paper notes (2017-2021).

Shape: '## [topic](folder link)' headings (some with '###'/'####' sub-headings), each followed by
one bullet per paper read, newest first:
'* _2018.07_ Title \\[[arxiv](https://arxiv.org/abs/1807.06786)\\] \\[[note](.../Title.md)\\]' --
an italic publication month ('2016.xx' when unknown), the plain (unlinked) title, then escaped-
bracket links: the paper (arxiv, aclweb, openreview, ieee, acm, a lab PDF ...), the author's own
note in the repo (sometimes '\\[note\\]' or '[note]' without a link, or a Chinese 'translation'
link instead).

Entry: every bullet whose subject is a paper (130 of 131); a paper under two topics would be
two entries (none is).  Not an entry: '_2015.xx_ Calculus on Computational Graphs:
Backpropagation' (colah's blog post, linked to colah.github.io).  Lines: the bullet's one line.

Title: the text between the italic date and the first '\\[' link, as written: shortened or
truncated titles are kept as far as they go, a closing truncation mark ' ...' dropped (three
titles, e.g. 'Baseline Needs More Love: On Simple Word-Embedding-Based Models and'), an inner
one kept ('ETH-DS3Lab at SemEval-2018 Task 7: ... Relation Classification and Extraction'),
and typos kept ('Jontly', 'Knowledeg'); the nicknames glued to
three titles without a space ('(fasttext)', '(ELMo)', '(BPE)') are the author's labels and are
dropped, while 'How Does Batch Normalization Help Optimization? (No, It Is Not About Internal
Covariate Shift)' keeps its parenthesis (part of the real title).  The bullet '_2017.05_ IRGAN'
names only the model's nickname: title null.  arXiv ids from arxiv.org / de.arxiv.org links
(version dropped), one ACM DOI from a dl.acm.org/doi/pdf link.

Counts: 131 bullets by grep '^\\* _', minus the blog post = 130.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild18 import entry, read_lines, write_truth

NAME = "xwzhong__papernote__README@8bc1e82.md"
PART = "wild18_development"
LINES = read_lines(NAME)
BULLET = re.compile(r"\* _(\d{4}\.(?:\d\d|xx))_ (.+?) \\\[")
NICK = {"(fasttext)", "(ELMo)", "(BPE)"}


def main() -> None:
    papers, skipped, nick_dropped, null, cut = [], [], 0, 0, 0
    for i, text in enumerate(LINES, 1):
        if not text.startswith("* _"):
            continue
        m = BULLET.match(text)
        assert m, i
        title = m.group(2).strip()
        if "colah.github.io" in text:
            skipped.append(i)
            continue
        g = re.search(r"\(([A-Za-z]+)\)$", title)
        if g and not title.endswith(" " + g.group(0)):
            assert g.group(0) in NICK, (i, title)
            title = title[: -len(g.group(0))]
            nick_dropped += 1
        if title.endswith(" ..."):
            title = title[:-4]
            cut += 1
        if title == "IRGAN":
            title = None
            null += 1
        papers.append(entry(LINES, i, i, title))
    assert skipped == [117], skipped
    assert nick_dropped == 3 and null == 1 and cut == 3, cut
    assert len(papers) == 130, len(papers)
    write_truth(NAME, PART, papers,
                "every '* _yyyy.mm_ Title \\[[host](url)\\] \\[[note](...)\\]' bullet is an entry except colah's blog"
                " post; title = the text between the italic date and the first escaped-bracket link, as written"
                " (a closing truncation ' ...' dropped, an inner one kept), glued nicknames '(fasttext)', '(ELMo)', '(BPE)' dropped; 'IRGAN' alone"
                " is a nickname: title null",
                "131 bullets by grep minus the blog post = 130; every title read once against the file; the three"
                " glued nicknames, the real-title parenthesis of the BatchNorm paper, the de.arxiv.org links, the"
                " 'v1'/'v3' arXiv versions and the ACM DOI checked")


if __name__ == "__main__":
    main()
