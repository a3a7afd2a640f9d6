"""Wild14 truth for loujie0822/DeepIE docs/实体关系抽取算法总结.md: a Chinese Zhihu column article
('nlp中的实体关系抽取方法总结', a summary of entity-relation extraction methods), 549 lines of Q&A prose
(Q1-Q8, formulas as Zhihu equation images) that ends in a reference list '## 参考' (references) exported
from Zhihu.

Shape of the reference list (lines 503-550): 48 numbered items, one line each, in Zhihu's footnote export:
'N. [^](back-link to the citing place)Title url' for a reference cited once, and
'N. ^[a](back-link)[b](back-link)...Title url' for one cited several times.  After the back-links
comes the title, sometimes a bare URL (arXiv, ACL Anthology, Semantic Scholar, a zhihu redirect
'link.zhihu.com/?target=https%3A//arxiv.org/pdf/1905.05529.pdf'), sometimes a trailing venue
('... Neural Networks. EMNLP') or author-year ('Selective Attention over Instances (Lin 2016)').

Entries: the references whose subject is a paper or thesis: 44 of the 48.  Title = the text after
the back-links up to the URL, without the trailing venue 'EMNLP' (item 8) and the author-year '(Lin
2016)' (item 9); typos are kept as written ('extrac- tion', 'Jointextractionofentities',
'entitiesandrelations').  Item 16 is a Chinese PhD thesis ('基于深度学习的联合实体关系抽取', Sun
Changzhi's thesis PDF): an entry with its Chinese title.

Not entries: items 6 and 25 (Zhihu article URLs only), 34 (a GitHub baseline of PaddlePaddle DuIE)
and 40 (a Zhihu search link); the prose's citation markers '[[1\\]](...#ref_1)' and the papers named
in the prose (LAN, LatticeLSTM, ...), and the '- 如需下载...' footer bullets.

Count check: the numbers run 1-48 without a gap (asserted); 48 - 4 = 44, the four non-papers checked
by eye.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild14 import entry, read_lines, write_truth

NAME = "loujie0822__DeepIE__docs__实体关系抽取算法总结@d684a34.md"

ITEM = re.compile(r"^(\d+)\. (?:\[\^\]\([^)]*\)|\^(?:\[[a-z]\]\([^)]*\))+)\s*(.*)$")
NOT_PAPERS = {6, 25, 34, 40}


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("## 参考") + 1
    papers, numbers = [], []
    for i in range(start + 1, len(lines) + 1):
        m = ITEM.match(lines[i - 1])
        if not m:
            assert not lines[i - 1].strip(), (i, lines[i - 1])
            continue
        num, rest = int(m.group(1)), m.group(2)
        numbers.append(num)
        if num in NOT_PAPERS:
            continue
        title = re.split(r"\s+https?://", rest)[0].strip()
        title = re.sub(r"\.\s*EMNLP$", "", title)  # item 8: venue after the title
        title = re.sub(r"\s*\(Lin 2016\)$", "", title)  # item 9: author and year after the title
        papers.append(entry(lines, i, i, title))
    assert numbers == list(range(1, 49)), numbers
    assert len(papers) == 44, len(papers)
    write_truth(
        NAME,
        "wild14_development",
        papers,
        "every numbered item of the closing '## 参考' list (Zhihu footnote export: back-links '[^](..)' or "
        "'^[a](..)[b](..)', then the title and sometimes a bare URL) that names a paper or thesis is an entry; "
        "title = the text after the back-links up to the URL, without a trailing venue or author-year; "
        "the four items that are only a Zhihu article, a Zhihu search or a GitHub link are not entries, nor "
        "the papers named in the article's prose",
        "all 48 reference items one by one (numbers 1-48, the four non-papers, every title against its line "
        "including the Chinese thesis title, the typos kept, the percent-encoded zhihu redirect to arXiv), "
        "and the article body (prose with citation markers and equation images, no list of papers)",
    )


if __name__ == "__main__":
    main()
