"""Wild44 truth for suyashkumar2409/suyashkumar2409.github.io _pages/reading.md: a graduate student's personal
"Reading" page (al-folio Jekyll site) where he logs, newest first, the research papers he reads day by day from
28 August 2023 ("I have committed to reading a lot of papers on a daily basis ... a timestamped list").

Shape (56 lines, three blank lines at the end): YAML front matter (1-8; its ``description`` is a sentence, not a
list), an intro paragraph (10), "The following list begins from 28th August 2023 - " (12), then two bold month
labels "**September 2023**" (14) and "**August 2023**" (48), each followed by "* [Title](url) - Topic - Nth Month
2023" bullets (30 + 4).  The topic field is missing on some bullets ("... - 18th September 2023", 24-29, 37-38) and
once reads "NLP & RL" or "Speech Synthesis".  Links are arXiv (abs or pdf), ACL Anthology, an ACM DL
"doi/abs/10.1145/..." page (38) and an OpenAI CDN PDF (GPT-2, 44).  Special cases: two bullets give only a nickname
as the link text: "[SimCLR]" (17; the paper is "A Simple Framework for Contrastive Learning of Visual
Representations") and "[Matcha-TTS]" (30; "Matcha-TTS: A fast TTS architecture with conditional flow matching");
others write a shortened or re-cased title ("Llama: Open and Efficient Foundation models" 50, "Tree of thoughts:
Deliberate Problem Solving with LLMs" 31, "Language models are few shot learners" 45); DDPM is logged twice (24 pdf
link, 28 abs link); GPT-2's "Language Models are Unsupervised Multi-task Learners" is an OpenAI technical report
(a scholarly report, so an entry).

Decisions:
- Entry = each "* [" bullet (34), one line each; the front matter, intro, start sentence and bold month labels are
  not entries.  The repeated DDPM bullets are two entries (the held-out convention for repeats).
- Title = the link text as written (shortened/re-cased titles kept); None for the bare nicknames "SimCLR" and
  "Matcha-TTS".  Topic and date after the link are not part of the title.
- Ids from the bullet's link: arXiv ids from abs/pdf URLs (".pdf" not part of the id), the ACM DOI
  10.1145/3526113.3545616 (38); ACL Anthology and the OpenAI CDN give none.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild44 import entry, read_lines, write_truth

NAME = "suyashkumar2409__suyashkumar2409.github.io___pages__reading@75e5c4d.md"
PART = "wild44_development"

ITEM = re.compile(r"^\* \[(?P<title>[^\]]+)\]\((?P<url>[^)\s]+)\)(?: - (?P<rest>.+))?$")
DATE = re.compile(r"\d{1,2}(?:st|nd|rd|th) (?:August|September) 2023$")
MONTH = re.compile(r"^\*\*(?:August|September) 2023\*\*$")
NICKNAMES = {"SimCLR", "Matcha-TTS"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    months = []
    for n, text in enumerate(lines, 1):
        if MONTH.match(text):
            months.append(n)
            continue
        if not text.startswith("* "):
            continue
        m = ITEM.match(text.rstrip())
        assert m, (n, text)
        assert DATE.search(m.group("rest") or ""), (n, text)
        title = m.group("title")
        if title in NICKNAMES:
            title = None
        papers.append(entry(lines, n, n, title))
    assert months == [14, 48], months
    assert sum(1 for p in papers if p["title"] is None) == 2
    assert len(papers) == 34, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '* [Title](url) - Topic - date' bullet under the bold month labels is a one-line entry (34); title ="
        " the link text as written, None for the bare nicknames SimCLR and Matcha-TTS; front matter, intro and month"
        " labels are not entries; the two DDPM bullets are two entries.",
        "Whole file read (56 lines) against the -v output: all 30 September and 4 August bullets, bullets without a"
        " topic field (24-29, 37-38), the nickname bullets 17 and 30 with title None, the shortened titles 31, 45, 50"
        " kept as written, DDPM twice (24, 28), arXiv ids from pdf and abs links, the ACM DOI on 38, no id for ACL"
        " Anthology and the GPT-2 CDN PDF, front matter description (5) not taken.",
    )


if __name__ == "__main__":
    main()
