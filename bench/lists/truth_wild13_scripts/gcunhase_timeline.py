"""Wild13 truth for gcunhase/PaperNotes README_timeline.md: one person's paper-reading log by month.

Shape: '#### yyyy-mm' headings (newest first, then 'Before', 'To Read' and 'Other notes'), under
each a '* ' bullet per item read: '* *Title* [Nickname] (Month yyyy, Venue) [[arXiv](url)]
[[code](url)] [[notes](./notes/x.md)]'.  Four bullets before the first heading (lines 2-5) belong
to the newest month and are entries too.

Entry: every bullet whose text starts with an italic title ('* *...*'), title = the italic text
(a '[Nickname]' or '(date, venue)' after it is not part of it).  '*TCN*' (line 142) names only a
nickname: title null, arXiv id kept.  Repeats in 'To Read' (the GEC and conditional-GAN NMT papers
twice) are separate entries.
Not entries: the 'My Notes on ...' and 'Added Notes on ...' bullets (the author's own topic notes),
'Some highlights from *ICLR 2020*' (a talk on a conference, naming several papers by nickname only),
the blog post "NLP's ImageNet moment has arrived" (line 58), the TED talk 'How AI can save our
humanity' (line 64), the 'CARTA: How Language Evolves' symposium media (line 70), the
'Adversarial Autoencoders' bullet linking only a blog tutorial (line 88), and the 'Other notes'
bullets (tool notes, online courses).
Checks: 92 bullets start with '* *'; minus the TED talk, the symposium and the blog-only bullet = 89.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild13 import entry, read_lines, write_truth

NAME = "gcunhase__PaperNotes__README_timeline@5c1f0d5.md"
PART = "wild13_development"
LINES = read_lines(NAME)
NOT_PAPERS = {64: "How AI can save our humanity", 70: "CARTA: How Language Evolves", 88: "Adversarial Autoencoders"}


def main() -> None:
    papers = []
    italic = 0
    for i, text in enumerate(LINES, 1):
        m = re.match(r"\* \*([^*]+)\*", text)
        if not m:
            continue
        italic += 1
        title = m.group(1).strip()
        if i in NOT_PAPERS:
            assert title == NOT_PAPERS[i], (i, title)
            continue
        if title == "TCN":
            title = None
        papers.append(entry(LINES, i, i, title))
    assert italic == 92, italic
    assert len(papers) == 89, len(papers)
    assert sum(1 for p in papers if p["title"] is None) == 1
    write_truth(NAME, PART, papers,
                "every bullet starting with an italic title under the month, 'Before' and 'To Read' headings is an entry,"
                " title = the italic text; the nickname-only '*TCN*' has a null title; own-topic notes, an ICLR highlights"
                " talk, a blog post, a TED talk, a symposium video and a blog-only bullet are not entries",
                "all 175 lines read; the 92 italic bullets by grep against the 89 entries (3 left out by line), every title"
                " and arXiv id by eye against its line, the 16 non-italic bullets (own notes, blog, talk, tool notes)")


if __name__ == "__main__":
    main()
