"""Wild48 truth for cins-china/paper-reading README.md: a Chinese research group's weekly paper-reading seminar
log (graph neural networks, recommendation, adversarial attacks, molecules/proteins, LLMs), 2021-08 to 2025-07;
newest commit touching the file (571a052, 2025-07-10).  285 KB, 1660 lines, some lines over 2,000 characters
(pasted abstracts).

Shape: ``# Paper-Reading`` (1), a project/team blurb, ``## Notes:`` (7) with conference proceedings links
(``### Accepted papers list`` 13, ``### 论文下载地址`` 34: venue URLs, not papers), ``## Group Member`` (46, names and
GitHub handles), ``## Details`` (75), then one heading per seminar date: ``#### 2021.08.30`` (78) ... ``#### 2022.03.12``
(404), from 426 ``### 2022.10.14`` ... ``### 2025.7.8`` (1652).  Under each date, one bullet per talk:
``- 【topic】研讨`` ("seminar on <topic>"; some indented `` - 【``, one ``- 【】研讨`` with empty brackets 335, two without
研讨 427, 436) with
nested fields.  Two field styles:
- 2021-08 .. 2023-04 (81-614): ``- 论文: Title`` / ``- 论文：Title`` ("paper", half- or full-width colon, optional
  spaces), ``- 论文地址：url`` (paper address), ``- 分享汇报：name`` (presenter), ``- 动机`` (motivation),
  ``- 论文方法`` (method) with numbered sub-bullets.
- 2023-05 on (619-1655): ``- 题目：Title`` (``題目`` in traditional script 671, 919), ``- 作者`` (authors), ``- 单位``
  (affiliation, sometimes a venue), ``- 解决问题`` / ``- 关键思路`` and ``- 摘要`` / ``- 论文摘要`` (abstract), the abstract
  often running on over several unbulleted or tab-indented lines (e.g. 645-646, 896-899, 1568-1569); no links at all.

Special cases:
- 2023.2.21 .. 2023.3.13 (514-560): 8 survey/overview talks (``【推荐系统综述】研讨`` ...) name no paper -- not entries.
- 116: the 论文 field holds the repo's own URL instead of a title (the 论文地址 is FractalNet, arXiv 1605.07648):
  entry with title None.
- Wrong links kept: 306 METNet's address is the DocRE paper's 2106.03618 (also 284-285); 295's address is an IEEE
  rights page; 1142 repeats the title "Safe Unlearning ..." of 1126 over a graph-contrastive-learning abstract.
- Repeated date section 2025.2.25 (1364 and 1380, identical two talks): four entries.
- 690: the title ends in a stray ``**`` (``... with AlphaFold**``), dropped as markup.
- 1213-1219: the abstract (1219) cites ``Cai and Wang [arXiv:2006.13318]``; that id is another paper's, so the
  entry's arxiv is set to None by hand.
- 1031: the MAPE-PPI title holds a vertical-tab control character (``via\x0bMicroenvironment``); whitespace
  collapsing makes it ``via Microenvironment``.
- Typos/case as written: ``lmages Based onDeep`` 295, ``MOLECULARREPRESENTATION`` 619, ``Distribution Shif`` 1023,
  ``FROMLLMS`` 1046, all-caps titles.

Decisions:
- Entry = a talk bullet ``- 【...】研讨`` that names a paper by a 论文/题目/題目 field (170); it spans from the bullet to
  the line before the next talk bullet or date heading (trailing blank lines dropped), so its 论文地址 link gives the
  ids.  Title = the field text after the colon, trimmed (the 116 URL -> None).
- Not entries: the notes/proceedings links, group members, the 8 paperless survey talks, headings.
- Ids: arXiv abs/pdf/ftp links and ACM DOIs (dl.acm.org/doi/abs|pdf/10.1145/...) from 论文地址 lines; none from CVF,
  OpenReview, aminer, zhuanzhi, AAAI, hangzhang.org, Stanford or ACL Anthology links.
"""
import re

from _wild48 import entry, read_lines, write_truth

NAME = "cins-china__paper-reading__README@571a052.md"
PART = "wild48_development"

TALK = re.compile(r"^\s*-\s*【[^】]*】(?:研讨)?\s*$")
FIELD = re.compile(r"^\s*-\s*(?:论文|题目|題目)\s*[:：]\s*(?P<title>.*?)\s*$")
DATE = re.compile(r"^#{3,4} \d{4}\.\d{1,2}\.\d{1,2}$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Paper-Reading" and lines[74] == "## Details"
    talks = [n for n, ln in enumerate(lines, 1) if TALK.match(ln)]
    heads = [n for n, ln in enumerate(lines, 1) if ln.startswith("#")]
    assert all(DATE.match(lines[h - 1]) for h in heads if h > 75), [lines[h - 1] for h in heads if h > 75]
    assert all(t > 75 for t in talks)
    stops = sorted(set(talks) | set(heads) | {len(lines) + 1})
    papers = []
    paperless = []
    for t in talks:
        end = min(s for s in stops if s > t) - 1
        while not lines[end - 1].strip():
            end -= 1
        fields = [n for n in range(t + 1, end + 1) if FIELD.match(lines[n - 1])]
        if not fields:
            paperless.append(t)
            continue
        assert len(fields) == 1, (t, fields)
        title = FIELD.match(lines[fields[0] - 1]).group("title")
        title = title.removesuffix("**")
        if title.startswith("http"):
            title = None
        p = entry(lines, t, end, title)
        if t == 1213:  # the abstract's citation [arXiv:2006.13318] is another paper's id
            assert p["arxiv"] == "2006.13318", p
            p["arxiv"] = None
        papers.append(p)
    assert paperless == [514, 520, 528, 534, 539, 543, 549, 556], paperless
    t = {p["line"]: p for p in papers}
    assert (t[79]["title"], t[79]["arxiv"]) == ("Interest-aware Message-Passing GCN for Recommendation", "2102.10044")
    assert (t[114]["title"], t[114]["arxiv"]) == (None, "1605.07648"), t[114]
    assert t[157]["doi"] == "10.1145/3394486.3403177", t[157]
    assert t[304]["arxiv"] == "2106.03618", t[304]
    assert t[689]["title"] == "Highly accurate protein structure prediction with AlphaFold", t[689]
    assert t[670]["title"] == "ColorFool: Semantic Adversarial Colorization", t[670]
    assert (t[1213]["title"], t[1213]["arxiv"]) == (
        "Learning to Control the Smoothness of Graph Convolutional Network Features", None), t[1213]
    assert t[1141]["title"] == t[1125]["title"], (t[1125], t[1141])
    assert t[1654]["title"].startswith("EFormer: Enhanced Transformer"), t[1654]
    assert len(papers) == 170, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every seminar talk bullet '- 【topic】研讨' under a date heading that names a paper in a '论文:' / '论文：' /"
        " '题目：' / '題目：' field is an entry (170), spanning the talk's lines up to the next talk or date heading;"
        " title = the field text after the colon (a stray trailing '**' dropped; the one URL in place of a title ->"
        " None); the 8 survey talks of 2023.2.21-2023.3.13 with no paper field, the notes/proceedings links and the"
        " member list are not entries; the duplicated 2025.2.25 section and the repeated 'Safe Unlearning' title"
        " count every time; arxiv of 1213 set to None (abstract cites another paper).",
        "Listed all 178 talk bullets and their fields with a throw-away regex pass: exactly one title field in each"
        " of 170, none in the 8 survey talks (514-556); checked by eye the first/second style switch (614/619), the"
        " traditional-script 題目 (671, 919), half-width '论文:' (81, 96, 448), the URL-as-title 116, the '**' 690,"
        " multi-line abstracts (645-646, 896-899, 1568-1569) staying inside their entry, the duplicate date"
        " section 1364/1380; ids: only one arXiv mention outside a 论文地址 line (1219, overridden), arXiv from"
        " 论文地址 abs/pdf/ftp links, ACM DOIs in entries 157/494/563; sampled -v titles against the file for every"
        " date heading of 2021-2022 and every fifth talk after.",
    )


if __name__ == "__main__":
    main()
