"""Open truth (batch 3) for fumishiki/zenn articles/ml-lecture-42-part1.md: a Japanese lecture article (Zenn).

A long lecture on the unified theory of generative models, in Japanese prose with formulas,
comparison tables and footnote citations '[^n]'; the papers are the 33 footnote definitions of
the '参考文献' (references) section: '[^n]: Authors (year). "Title". *Venue*. arXiv:id.', most
followed by an indented URL line (arXiv, OpenReview, PMLR).  The entry is the definition with its
URL line; title = the quoted English title (the file gives no translation).  Decisions: the prose,
the comparison tables (model names with footnote marks, e.g. 'Cosmos [^29]'), papers named inline
('Riemannian Score Matching (De Bortoli 2022)', 'Campbell et al. (2024)') and the author and
licence links are not entries; LeCun's OpenReview position paper ([^26]) and the two journal
articles without a link ([^17], [^31]) are entries.  The footnote text is taken as written even
where the prose cites it for another work ([^1] is cited for Stochastic Interpolants).
"""
import re

from _open import Open

NAME = "fumishiki__zenn__articles__ml-lecture-42-part1@f0961ec.md"


def main() -> None:
    t = Open(NAME)
    start = t.lines.index("## 参考文献") + 1
    k = 0
    for i in range(start, len(t.lines) + 1):
        text = t.line(i)
        m = re.match(r"\[\^(\d+)\]: ", text)
        if not m:
            continue
        k += 1
        assert int(m.group(1)) == k, i
        end = i + 1 if t.line(i + 1).startswith("   http") else i
        title = re.search(r"\(\d{4}\)\. \"(.+?)\"\.", text).group(1)
        t.add(i, end, title)
    assert k == 33
    t.write("every footnote definition '[^n]: Authors (year). \"Title\". *Venue*.' of the references section, with"
            " its indented URL line, is an entry; title = the quoted title; inline mentions in the lecture prose"
            " and tables are not entries",
            "the whole article skimmed for citations (no links before the references, tables are model"
            " comparisons); all 33 footnote definitions one by one: titles, arXiv ids from 'arXiv:' text or"
            " URLs, the OpenReview/PMLR links without arXiv id")


if __name__ == "__main__":
    main()
