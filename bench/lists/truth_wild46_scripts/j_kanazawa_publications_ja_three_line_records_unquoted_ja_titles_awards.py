"""Wild46 truth for Kanazawanaoaki/kanazawanaoaki.github.io content/publications.ja.md (newest commit 51668da,
2025-05-13): the Japanese-language publication page (``languageCode = "ja"``) of Naoaki Kanazawa, a PhD student of
the JSK robotics lab (University of Tokyo) -- cooking robots, vision-language models -- a Hugo site, 210 lines.
The section headings are English; 26 of the 48 papers are Japanese domestic papers with Japanese names, titles and
venues (日本ロボット学会誌, 第41回日本ロボット学会学術講演会講演論文集 (RSJ2023), JSAI, ROBOMECH, SI), the rest
English.

Shape: TOML front matter (1-5), then ``##`` sections: International Journal Papers (7-30), International Conference
Proceedings (Peer Reviewed) (32-73), International Workshop (75-87), arXiv (90-97), Domestic Journal Papers (99-107),
Domestic Conference Proceedings (Peer Reviewed) (109-117), Domestic Conference Proceedings (No Reviewed) (119-178),
Awards (Publication) (180-204), Awards and Experiences (Others) (206-210).  A record is an ordered item (``1.``
repeated or ``1. 2. 3.``) over two or three lines: the authors (``Y. Obinata, K. Kawaharazuka, **N. Kanazawa**,
...``, the owner in bold), then the title and venue, then links (``[Paper Link](https://doi.org/... )``, ``[Arxiv
Link]``/``[Arxive Link]``, project pages, videos), with award notes in bold after the venue.  English titles are in
straight double quotes (``"Title", in Proceedings of ...``; at 29 on the authors' line); Japanese titles are not
quoted: ``Title, 日本ロボット学会誌 (JRSJ), ...`` or ``Title, in 第28回...``, and in the No Reviewed list from 132 on
the title has a line of its own ending with a comma, the ``in ...`` venue on the next line.  Items are separated by
blank lines except in the No Reviewed list.  The award records have the same shape with the award's name in bold
where the title would be (``**優秀講演賞**, 第25回SICE...``); the Others list holds a RoboCup prize, a university
course's final-presentation prize (208, quoting the team's project title), a hackathon and a maker-contest prize.

Decisions:
- Entries (48): every item of the seven paper sections -- 6 journal papers, 10 conference papers, 4 workshop papers
  (the Open X-Embodiment paper 80, 83, 86, also the ICRA paper 46: each listing is its own entry), 2 arXiv
  preprints, 2 domestic journal papers, 3 reviewed and 21 non-reviewed domestic conference papers.
  Not entries: the 8 award records (180-204: awards for papers listed above, not works) and the 4 items of "Awards
  and Experiences (Others)" (prizes; 208 is a course project presentation), the headings.
- Span: from the item's number line to its last line (the links line, or the ``in ...`` line).
- Title: the text inside the first pair of straight double quotes; for the Japanese records the title line up to
  the first ``, `` (or its final comma when the venue wraps to the next line).
- Ids: the helper's first DOI and arXiv id in the record's lines (doi.org links; arXiv abs links or ``arXiv:`` text;
  the ICRA 2024 "Arxiv Link" of 46 is a project-site PDF, no id; 29's IEEE Xplore page gives no DOI).
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild46 import entry, read_lines, write_truth

NAME = "Kanazawanaoaki__kanazawanaoaki.github.io__content__publications.ja@51668da.md"
PART = "wild46_development"

ITEM = re.compile(r"^\d+\.\s")
QUOTED = re.compile(r'"(.+?)"\s*,')
SECTIONS = {
    "International Journal Papers": 6,
    "International Conference Proceedings (Peer Reviewed)": 10,
    "International Workshop": 4,
    "arXiv": 2,
    "Domestic Journal Papers": 2,
    "Domestic Conference Proceedings (Peer Reviewed)": 3,
    "Domestic Conference Proceedings (No Reviewed)": 21,
}
NOT_PAPERS = ("Awards (Publication)", "Awards and Experiences (Others)")


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 210 and lines[-1].startswith("4. **twilio") and lines[4] == "+++"  # no final newline
    papers = []
    counts: dict[str, int] = {}
    skipped = 0
    section = ""
    n = 5
    while n < len(lines):
        n += 1
        ln = lines[n - 1]
        if ln.startswith("## "):
            section = ln[3:].strip()
            continue
        if not ln.strip():
            continue
        assert ITEM.match(ln), (n, ln)
        last = n
        while last < len(lines) and lines[last].strip() and not ITEM.match(lines[last]) \
                and not lines[last].startswith("#"):
            last += 1
        if section in NOT_PAPERS:
            skipped += 1
            n = last
            continue
        text = "\n".join(lines[n - 1 : last])
        m = QUOTED.search(text)
        if m:
            title = m.group(1)
        else:
            second = lines[n]
            assert re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", second), (n, second)
            title = second.split(", ", 1)[0].removesuffix(",")
        assert 8 <= len(title) <= 160 and "**" not in title, (n, title)
        papers.append(entry(lines, n, last, title))
        counts[section] = counts.get(section, 0) + 1
        n = last
    assert counts == SECTIONS, counts
    assert skipped == 12
    t = {p["line"]: p["title"] for p in papers}
    e = {p["line"]: p["end"] for p in papers}
    assert t[29] == ("Self-Supervised Learning of Visual Servoing for Low-Rigidity Robots Considering Temporal Body "
                     "Changes") and e[29] == 30
    assert t[101] == "大規模視覚-言語モデルと遺伝的アルゴリズムに基づくロボットのための状態認識" and e[101] == 103
    assert t[131] == "対象物状態中心の調理行動記述に基づくレシピからの卵料理の実世界調理実行ロボットシステム" and e[131] == 133
    assert t[161] == "ロボットの反復 pick-and-place 自動データ収集によるOne-Shot 教示把持動作スキル学習システム"
    assert t[176] == "調理道具を扱う双腕ロボットによる野菜皮剥き切断操作の認識行動実現システム" and e[176] == 178
    assert [p["line"] for p in papers if t[p["line"]].startswith("Open X-Embodiment")] == [46, 80, 83, 86]
    assert sum(1 for p in papers if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", p["title"])) == 26
    assert len(papers) == 48, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each ordered item of the seven paper sections (international journal/conference/workshop papers, arXiv"
        " preprints, domestic journal and reviewed/non-reviewed conference papers) is one entry (48), spanning its"
        " two or three lines, repeated listings kept; the award records (same shape, award names in bold) and the"
        " 'Others' prizes are not; title = the text inside the straight double quotes, or for the unquoted Japanese"
        " titles the title line up to the first ', ' or its final comma; ids from the record's lines.",
        "Whole file read (210 lines) against the -v output: all 48 entries (span ends at the links line or the"
        " wrapped 'in ...' line 133-178, the one-line-authors-and-title record 29-30, the item without a full stop"
        " after the authors 42), the four Open X-Embodiment listings, the 26 Japanese titles compared with their"
        " lines (102, 106, 111-117, 122-130 ending at ', in', 132-177 ending at the line's comma, 162/165/168 with"
        " ASCII words inside), the 8 award records and 4 'Others' items left out (208 quotes a course project title);"
        " ids: DOIs of 10-65 from doi.org links (29, 36, 40, 44 IEEE Xplore/document pages give none), arXiv from"
        " abs links and 'arXiv:2310.16405' text, 46's project PDF giving none.",
    )


if __name__ == "__main__":
    main()
