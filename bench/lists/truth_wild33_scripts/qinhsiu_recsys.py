"""Wild33 truth for QinHsiu/Awesome-Papers Recsys/README.md: a Chinese-annotated recommender-systems reading list.

Shape: flat top-level bullets name a topic (``- Sequential Recommendation``) and are followed by a
``- 论文`` (papers) bullet and a ``- 解读`` (write-ups) bullet, each with indented items.  Paper items are
``Title VENUEYEAR [Paper](url) [Note](juejin url)``: the title is plain text, the venue+year is glued on
after it with no separator (``ICDM2018``, ``Arxiv 2023``, ``WSDm2024``) and is not part of the title.
Entries: every indented item under ``- Survey`` (lines 2-4) and under each ``- 论文`` bullet.
Not entries: the ``解读`` items, which link to WeChat (mp.weixin.qq.com) blog write-ups in Chinese, the
``用户增长算法`` items (lines 150-151, WeChat posts), the empty item on line 21 and ``None`` on line 105,
and line 82, an item under 论文 that is itself only a WeChat write-up link (``[STAN-考虑细粒度建模…]``).
Special cases: line 18's Paper link target is the title text, not a URL (entry, no id); lines 63-64 are
one item whose link's closing parenthesis falls on the next line; lines 80-81 are one item whose title
wraps onto the next line; line 22 (``MQSA-TED: …``) and line 57 (``AgentCF: AgentCF: …``) keep the
nickname prefix as written; lines 51 and 97 link a PDF kept in the repository.  Under the last 解读
bullet two items link the paper itself rather than a write-up: line 146 ``[prompt for Rec]`` (an ACM DOI)
and line 148 ``[[评价方法][Recsys 23]]`` (an arXiv id, plus a WeChat note): both are entries whose link
text is a nickname/tag, so their title is None.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild33 import entry, read_lines, write_truth

NAME = "QinHsiu__Awesome-Papers__Recsys__README@dfc9e10.md"
PART = "wild33_development"

VENUE = re.compile(r"\s+(?:ICDM|SIGIR|WWW|Arxiv|WSDm|WSDM|KDD|ICDE|AAAI|CIKM)\s?\d{4}$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = None
    i = 0
    while i < len(lines):
        n = i + 1
        ln = lines[i]
        if re.match(r"^- ", ln):
            head = ln[2:].strip()
            section = "paper" if head in ("论文", "Survey") else ("note" if head == "解读" else section)
            if head not in ("论文", "Survey", "解读"):
                section = "paper" if head == "Survey" else "other"
            i += 1
            continue
        m = re.match(r"^  - (.*)$", ln)
        if m and section == "paper":
            text = m.group(1).strip()
            end = n
            # continuation lines (wrapped title or link) before the next item/blank
            while end < len(lines) and lines[end].strip() and not re.match(r"^\s*- |^- ", lines[end]):
                text += " " + lines[end].strip()
                end += 1
            if not text or text == "None" or "mp.weixin.qq.com" in text and "[Paper]" not in text:
                i = end
                continue
            t = re.split(r"\s*\[(?:Paper|paper)\]\(", text)[0]
            t = VENUE.sub("", t.strip())
            papers.append(entry(lines, n, end, t))
            i = end
            continue
        if m and section == "note" and ("doi" in m.group(1) or "arxiv.org" in m.group(1)):
            papers.append(entry(lines, n, n, None))
        i += 1
    assert len(papers) == 39, len(papers)
    write_truth(NAME, PART, papers,
                "Entries are the items under Survey and under each 论文 bullet (title = text before [Paper] minus the "
                "glued venue+year), plus two 解读 items that link the paper itself (title None); WeChat write-ups are not entries.",
                "All entries checked by eye against the file (every line of the 152-line file), including the wrapped items "
                "at 63-64 and 80-81 and the excluded WeChat item at 82.")


if __name__ == "__main__":
    main()
