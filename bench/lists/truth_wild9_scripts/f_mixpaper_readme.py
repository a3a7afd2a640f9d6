"""Wild9 truth for spiritdjy/MixPaper README.md: a Chinese paper-notes index (论文阅读笔记), '#'/'##'
topic headings (each heading a link to a topic note), coloured bold sub-topic labels
('**<font color=#e84118>分词</font>**') between '---' rules, and '- [prefix Title](note.md)' bullets.

Entries: every bullet whose link text names a paper (links go to the author's notes, not to the
papers), including the unchecked '- [ ] [...]' items and the one link-less '- [ ] [1911.02855 Dice
Loss ...]'.  Not entries: the '- [列表汇总](notes/X.md)' / '- [列表](notes/X.md)' bullets (links to the
topic's full list), the one-line TOC at the top (line 2), headings and sub-topic labels.  The same
paper listed twice (CANINE, Syntax-BERT) is two entries.  Two link texts wrap onto a second line
(lines 68-69, 259-260): the entry spans both.  The survey on line 31 has a sub-bullet with its arXiv
URL (line 32), part of the entry.

Title = the link text without its leading date/id prefix ('2014', '201908', '1606.08415', '2017ACL',
'2019ACL', 'KDD2017', '2018 ACL', '201908 ACL'), without a dash-separated nickname tag ('LAN - ',
'SAN - '), without the Chinese translation appended to many English titles ('... 高斯误差线性单位
(GELUs)'), the venue note '（THU/ACL2019）' and the appended nickname ': ELMO'.  Nicknames written
into the title text without a separator ('ESIM Enhanced LSTM ...', 'DSSM Learning ...', 'T5
Exploring ...', 'GPT Improving ...', 'Doc2Vec Distributed ...', 'EmbedRank++ Simple ...') are kept as
written (convention: a nickname in the title text is kept).  Titles are kept as written otherwise
('DistilBERT,adistilledversionofBERT:smaller, ...', lower-case 'attention is all you need', the
shortened 'Unsupervised Data Augmentation').  The one Chinese-language paper (line 235,
'基于神经网络的集句诗自动生成') keeps its Chinese title.  The bare arXiv-number prefixes ('1606.08415')
are not among the id forms the format counts (URL, 'arXiv:' text, 10.48550 DOI), so only the
survey's explicit arxiv.org URL gives an id.

Count check: grep -cE '^\\s*- (\\[ \\] )?\\[' gives 136 bullet starts (the TOC on line 2 is one line and
no bullet), of which 22 are '列表汇总'/'列表' topic-list links: 114 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild9 import entry, read_lines, write_truth

NAME = "spiritdjy__MixPaper__README@adb68f4.md"

PREFIX = re.compile(r"^(?:\d{4}\.\d{4,5}|\d{4,6}(?:\s*ACL)?|KDD\d{4})\s+")
CJK = re.compile(r"[\u4e00-\u9fff]")
# translations that open with a Latin word, so the English title ends before it
TRANSLATION_STARTS = [" Lex-BERT: 用", " BERT 和 ALBERT", " GPT 也能"]


def title_of(text: str) -> str:
    t = text.strip()
    t = PREFIX.sub("", t)
    t = re.sub(r"^(?:- )?(LAN|SAN) - ", "", t)
    t = re.sub(r"（THU/ACL2019）$", "", t)
    t = re.sub(r": ELMO$", "", t)
    # drop an appended Chinese translation: cut before the first whitespace-separated token holding CJK,
    # or before a Latin word that opens the translation (TRANSLATION_STARTS), unless the title is Chinese
    if CJK.search(t) and not CJK.match(t):
        for start in TRANSLATION_STARTS:
            if start in t:
                t = t[: t.index(start)]
                break
        else:
            t = t[: re.search(r"\s+(?=\S*[\u4e00-\u9fff])", t).start()]
    return t.strip()


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    i = 3  # line 2 is the TOC
    n_bullets = n_lists = 0
    while i <= len(lines):
        text = lines[i - 1]
        m = re.match(r"\s*- (?:\[ \] )?\[(.*)$", text)
        if not m:
            i += 1
            continue
        n_bullets += 1
        first = i
        body = m.group(1)
        while "]" not in body:  # wrapped link text
            i += 1
            body += "\n" + lines[i - 1]
        label = body[: body.index("]")]
        last = i
        if label in ("列表汇总", "列表"):
            n_lists += 1
            i += 1
            continue
        # a sub-bullet holding the paper's URL belongs to the entry
        if i + 1 <= len(lines) and re.match(r"\s{4}- https?://", lines[i]):
            last = i + 1
        papers.append(entry(lines, first, last, title_of(label.replace("\n", " "))))
        i = last + 1
    assert n_bullets == 136 and n_lists == 22, (n_bullets, n_lists)
    assert len(papers) == 114, len(papers)
    write_truth(NAME, "wild9_development", papers,
                "every bullet '- [prefix Title](note)' (also '- [ ] [...]' and the link-less '[1911.02855 ...]') is an"
                " entry except the '列表汇总'/'列表' topic-list links and the top TOC line; title = link text without the"
                " date/arXiv-number/venue prefix, dash-separated nickname tags, appended Chinese translations, the"
                " '（THU/ACL2019）' note and ': ELMO'; colon-less nicknames in the title text kept; wrapped link texts span"
                " two lines; bare arXiv-number prefixes are not counted as ids",
                "all 114 entries one by one against their lines (every prefix form, every Chinese translation cut, the"
                " wrapped items, the duplicate CANINE/Syntax-BERT items, the Chinese-language paper on line 235), the 22"
                " topic-list bullets, and the bullet count by grep")


if __name__ == "__main__":
    main()
