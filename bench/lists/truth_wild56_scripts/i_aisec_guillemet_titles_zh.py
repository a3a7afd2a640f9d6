"""Wild56 truth for AnchoretY/AI_Security_Library Conference.md: "信息安全顶会", a Chinese note listing AI-for-security
papers from the four top security conferences (USENIX Security, CCS, NDSS, S&P) by year, with Chinese topic tags,
newest commit touching the file (259ba78, 2021-03-15).

Shape: 201 lines, 7 KB.  Title (1), an overview naming the conferences as numbered lists (5-17: ``1. usenix``,
``2. CCS``, ...; ``1. BlackHat``), then ``## usenix security`` (25), ``## CCS`` (91), ``## NDSS`` (139),
``## S&P：...`` (151), ``# 其他会议`` (167), with year headings ``#### [2019]`` (also ``####【2017】`` at 119, ``[2018]``
as plain text at 141/145/171).  Each paper is its own paragraph: the title in Chinese book-title brackets ``《...》``,
either plain or as a link ``《[Title](usenix url)》``, followed by a full-width tag bracket ``【AI,模糊测试】``
(29 uses ASCII ``[AI,模糊测试]``), lines ending in two spaces.

Special cases:
- 37: the URL follows the brackets bare, ``《Title》https://www.usenix.org/...``.
- 79: the title is written in Chinese, ``《[Web应用程序中TLS中间人攻击的有效预防](usenix url)》``: the title as the
  file writes it is the Chinese text.
- 121-123: the tag bracket breaks over a blank line, ``【AI，`` / (blank) / ``二进制代码相似度识别】``: span 121-123.
- 127-133 (CCS 2017): the title is in italics inside the brackets with ``[[PDF\\]](url)`` links after it,
  ``《*DeepLog: ...* [[PDF\\]](...)》``; 133 adds ``[[Paper\\]](https://arxiv.org/pdf/1708.08786.pdf)`` (arXiv id);
  131 has an empty tag ``【】``.  The PDF/Paper links are not part of the title.
- 155: bold inside the brackets, ``《**Mitch: ...** 》``; 143: trailing period inside, ``《Kitsune: ... Detection.》``;
  87, 147: trailing spaces inside the brackets.
- 135, 137: ``《[POSTER: ...](dl.acm.org/doi url)》``: the ``POSTER:`` prefix is part of the title as written; DOIs
  10.1145/3133956.3138827 and 10.1145/3133956.3138825.
- 53 and 55 list "Transcend: Detecting Concept Drift in Malware Classification Models" twice (with different tags);
  83 and 113 both list "Predicting Impending Exposure to Malicious Content from User Behavior": one entry per
  listing.
- 193: one line carrying a heading-like prefix, ``人工智能顶会1.  IJCAI               [2019]《Locate-Then-Detect: ...》``:
  an entry.
- 201 under ``其他`` (Other): an entry.
- The overview lists (9-17) name conferences, not papers; ``#### IEEE Acess`` / ``[2020]`` (169-171) has no papers.

Decisions:
- Entry = every line holding a ``《...》`` pair (one per line): 45 entries, each one line except 121-123.
- Title = the text inside ``《》`` with link markup reduced to its text, ``[[PDF\\]]``/``[[Paper\\]]`` links removed,
  italics/bold markers removed, spaces and a trailing period stripped.
"""
import re

from _wild56 import entry, read_lines, write_truth

NAME = "AnchoretY__AI_Security_Library__Conference@259ba78.md"
PART = "wild56_development"

BOOK = re.compile(r"《(?P<inner>.*)》")
EXTRA = re.compile(r"\[\[(?:PDF|Paper)\\\]\]\([^)]*\)")
LINK = re.compile(r"\[(?P<text>[^\]]+)\]\([^)]*\)")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = BOOK.search(ln)
        if not m:
            continue
        inner = EXTRA.sub("", m.group("inner"))
        inner = LINK.sub(lambda x: x.group("text"), inner)
        title = inner.replace("*", "").strip().rstrip(".").strip()
        last = n
        tail = ln[m.end() :]
        if "【" in tail and "】" not in tail:  # the tag bracket breaks over following lines
            while "】" not in lines[last]:  # lines[last] is line last + 1
                last += 1
            last += 1
        papers.append(entry(lines, n, last, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 45, len(papers)
    assert min(by) == 29 and max(by) == 201, (min(by), max(by))
    assert by[29]["title"] == (
        "FuzzGuard: Filtering out Unreachable Inputs in Directed Grey-box Fuzzing through Deep Learning"
    ), by[29]
    assert by[37]["title"] == "Effective Detection of Multimedia Protocol Tunneling using Machine Learning", by[37]
    assert by[79]["title"] == "Web应用程序中TLS中间人攻击的有效预防", by[79]
    assert by[87]["title"] == "From Throw-Away Traffic to Bots: Detecting the Rise of DGA-Based Malware", by[87]
    assert (by[121]["line"], by[121]["end"]) == (121, 123), by[121]
    assert by[127]["title"] == "Detecting Structurally Anomalous Logins Within Enterprise Networks", by[127]
    assert by[133]["title"] == "Deemon: Detecting CSRF with Dynamic Analysis and Property Graphs", by[133]
    assert by[133]["arxiv"] == "1708.08786", by[133]
    assert by[135]["doi"] == "10.1145/3133956.3138827", by[135]
    assert by[135]["title"] == "POSTER: Neural Network-based Graph Embedding for Malicious Accounts Detection", by[135]
    assert by[143]["title"] == "Kitsune: An Ensemble of Autoencoders for Online Network Intrusion Detection", by[143]
    assert by[155]["title"] == "Mitch: A Machine Learning Approach to the Black-Box Detection of CSRF Vulnerabilities"
    assert by[193]["title"] == (
        "Locate-Then-Detect: Real-time Web Attack Detection via Attention-based Deep Neural Networks"
    ), by[193]
    assert by[53]["title"] == by[55]["title"], (by[53], by[55])
    write_truth(
        NAME,
        PART,
        papers,
        method="Every line holding a Chinese book-title bracket pair 《...》 is one entry (one paper a paragraph, under"
        " conference and year headings); the span is the line, extended to 121-123 where the tag bracket 【...】 breaks"
        " over a blank line.  Title = the text inside 《》 with [text](url) reduced to text, [[PDF\\]]/[[Paper\\]]"
        " links removed, * markers removed, trailing spaces and period stripped; 79's Chinese title kept as written.",
        checked="Read the whole 201-line file and compared the -v output for all 45 entries: plain, linked, italic"
        " (127-133) and bold (155) titles, the bare URL after 37, the trailing period at 143, the duplicates"
        " (53/55, 83/113), the one-line IJCAI entry at 193, the 121-123 span, the arXiv id from 133's Paper link and"
        " the two ACM DOIs (135, 137); the overview lists 9-17 are not entries.",
    )


if __name__ == "__main__":
    main()
