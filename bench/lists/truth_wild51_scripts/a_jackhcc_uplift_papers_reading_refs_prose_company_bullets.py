"""Wild51 truth for JackHCC/Awesome-Uplift-Model Papers.md: a Chinese student's "Uplift Papers Reading" notes on
uplift modelling / heterogeneous treatment effect (causal ML) papers, newest commit touching the file (baffaf2,
2023-03-23).  772 lines, 58 KB, mostly Chinese prose, LaTeX math (``$$...$$``), blockquoted notes and images.

Shape:
- ``# Uplift Papers Reading`` (1), a ``## Notations`` math preamble (3-13) whose note line 13 links the Causal ML
  docs (not a paper).
- Method sections 17-706 (``## Meta Learner Algorithms``, ``## PSM``, ``### Covariate Balancing Method``,
  ``## Tree-based Algorithms``, ``## Instrumental Variables Algorithms``, ``## **Neural-network-based Algorithms**``,
  ``### Multitask learning Methods``, ``## Continuous Treatment Effect``): each paper is ONE reference paragraph,
  optionally led by a ``✔ `` read-mark and a ``*`` "in Causal ML" mark, then authors, then the title, then the
  venue.  Three citation styles are mixed: Chinese GB/T 7714 (``Nie X, Wager S. [Title](url)[J]. Biometrika,
  2021...``, ``[C]//International Conference...``), MLA (``Radcliffe, ... "[Title](url)." White Paper...``, with
  the quote/period sometimes inside the link text: ``"[Uplift modeling ... response types."](url)`` 307,
  ``"[Recursive partitioning ... effects.](url)"`` 317) and plain (``Piotr ... [Title](url). *Knowl. Inf.
  Syst.*``).  Two references (603, 638) carry no link: ``Chernozhukov V, ... et al. Double/debiased machine
  learning for treatment and structural parameters[J]. 2018.``  Below each reference: a bold method-name bullet
  (``- **S-learner**``), blockquoted Chinese notes with blog links (``> - [因果推断笔记...](csdn)``, ``> 解读：
  [中文翻译](notion)``), images, ``Code Example: [...ipynb](...)`` lines and ``---`` rules.
- ``## Others`` (707): ``### Causal with Recommendation`` / ``LTR`` / ``RL`` sub-lists of ``- [Title](url)``
  bullets (712-717, 722-725, 730-734), each led by a Chinese prose bullet (711, 721, 729, not a paper); the LTR
  links are Google-Scholar redirect URLs.
- ``### Applications`` (737-773): company bullets (``- FB：``, ``- 阿里：``...) with nested
  ``- ✔ **推荐**： [Title](url)`` items that mix papers with blog posts, slides and tool pages.

Special cases:
- 356 title typo/truncation ``... Variable Treatment Intensit`` kept as written.
- 307/317/368/486/512/538: the title's closing period (and once the closing quote) sits inside the link text; the
  trailing ``.``/``."`` is citation punctuation and is dropped.
- 603, 638: no link, the title is the text between the authors' ``et al. ``/``Wager S. `` and ``[J]``.
- 762 ``Causal Embeddings for Recommendation`` repeats 712 (separate entries).
- 764 ``The Importance of Being Causal [Causal inference from observational data: ...](arxiv)``: the lead-in is the
  name of LinkedIn's blog post; the title is the linked arXiv paper's title (link text).
- 768 ``DoWhy:An End-to-End Library for Causal Inference`` (no link, under 工具 "tools") is the title of the
  DoWhy arXiv paper, so an entry, as is 745 ``CausalML: Python Package for Causal Machine Learning`` (arXiv link);
  769 ``[EconML](microsoft project page)`` is a tool page, not an entry.
- 772 ``✔ 推荐场景反事实预估：http://csse.szu.edu.cn/.../Conference-SIGIR-20-KDCRec.pdf``: a bare URL of a SIGIR
  paper; entry with title None.
- 773 ``- **DeepMind**： Algorithms for Causal Reasoning in Probability Trees`` (no link, last line, no final
  newline): an arXiv paper title, an entry.
- Not entries (Applications): 743 ``Causal Inference at hulu`` (slides), 749/750 (6aiq / InfoQ articles), 752
  (Tencent ad-measurement slides PDF), 758 (InfoQ article), 760 (Pylift blog post), 769 (EconML page).

Decisions:
- Entry = each reference paragraph in 17-706 (31), each link bullet of the three ``Causal with ...`` lists (15),
  and each paper item of Applications (13): 59.
- Title = the link text (``✔``/``*`` marks, authors, ``[J]``, venue dropped; trailing ``.``/``."`` dropped), or
  for link-less references the text before ``[J]``, or the written item text (768, 773); None for the bare URL 772.
- Not entries: blog/doc links in notes and blockquotes, ``Code Example`` lines, method-name bullets, images, the
  Causal ML/EconML doc links, headings.
"""
import re

from _wild51 import entry, read_lines, write_truth

NAME = "JackHCC__Awesome-Uplift-Model__Papers@baffaf2.md"
PART = "wild51_development"

# reference paragraph: optional read mark and Causal-ML star, authors, then the title (linked or before [J])
REF = re.compile(r"^(?:✔ )?\*?(?P<authors>[A-Z][^\[\"]*?)\s?\"?\[(?P<title>[^\]]+)\]\((?P<url>[^)]+)\)")
REF_NOLINK = re.compile(r"^✔ (?:Chernozhukov V, Chetverikov D, Demirer M, et al\.|Athey S, Tibshirani J, Wager S\.) "
                        r"(?P<title>[^\[]+)\[J\]")
BULLET = re.compile(r"^- \[(?P<title>[^\]]+)\]\((?P<url>[^)]+)\)$")
APP_LINK = re.compile(r"^  - (?:✔ )?(?:\*\*)?(?:✔ )?[^\[]*?\[(?P<title>[^\]]+)\]\((?P<url>[^)]+)\)(?:\*\*)?$")
APP_SKIP = {743, 749, 750, 752, 758, 760, 769}


def clean_title(t: str) -> str:
    t = t.strip()
    t = re.sub(r"\.\"?$", "", t)
    return t.strip()


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Uplift Papers Reading"
    papers = []
    section = None
    counts = {"refs": 0, "others": 0, "apps": 0}
    for n, ln in enumerate(lines, 1):
        if ln.startswith("## Others"):
            section = "others"
            continue
        if ln.startswith("### Applications"):
            section = "apps"
            continue
        if n < 17:
            continue
        if section is None:
            if ln.startswith((">", "-", "Code Example", "更多参考", "<img", "#", "$$", "---")) or not ln.strip():
                continue
            m = REF.match(ln)
            if m:
                papers.append(entry(lines, n, n, clean_title(m.group("title"))))
                counts["refs"] += 1
                continue
            m = REF_NOLINK.match(ln)
            if m:
                papers.append(entry(lines, n, n, m.group("title").strip()))
                counts["refs"] += 1
                continue
            # anything else here must be prose without a paper reference
            assert "[J]" not in ln and "et al" not in ln, (n, ln)
        elif section == "others":
            m = BULLET.match(ln)
            if m:
                papers.append(entry(lines, n, n, m.group("title").strip()))
                counts["others"] += 1
        else:
            if n in APP_SKIP:
                continue
            m = APP_LINK.match(ln)
            if m:
                papers.append(entry(lines, n, n, m.group("title").strip()))
                counts["apps"] += 1
            elif ln == "    - DoWhy:An End-to-End Library for Causal Inference":
                papers.append(entry(lines, n, n, "DoWhy:An End-to-End Library for Causal Inference"))
                counts["apps"] += 1
            elif ln.startswith("  - ✔ 推荐场景反事实预估：http"):
                papers.append(entry(lines, n, n, None))
                counts["apps"] += 1
            elif ln == "- **DeepMind**： Algorithms for Causal Reasoning in Probability Trees":
                papers.append(entry(lines, n, n, "Algorithms for Causal Reasoning in Probability Trees"))
                counts["apps"] += 1
    assert counts == {"refs": 31, "others": 15, "apps": 13}, counts
    for p in papers:
        assert p["title"] is None or not re.search(r"[\[\]*`<>]|\"|\.$", p["title"]), p
    t = {p["line"]: p for p in papers}
    assert sorted(t)[:3] == [21, 29, 39], sorted(t)[:3]
    assert t[21]["title"] == "Metalearners for estimating heterogeneous treatment effects using machine learning"
    assert t[29]["arxiv"] == "1712.04912", t[29]
    assert t[307]["title"] == "Uplift modeling with multiple treatments and general response types", t[307]
    assert t[317]["title"] == "Recursive partitioning for heterogeneous causal effects", t[317]
    assert t[356]["title"].endswith("With Variable Treatment Intensit"), t[356]
    assert t[379]["title"] == "Deep IV: A flexible approach for counterfactual prediction", t[379]
    assert t[603]["title"] == "Double/debiased machine learning for treatment and structural parameters", t[603]
    assert t[638]["title"] == "Generalized random forests", t[638]
    assert t[722]["title"] == "Unbiased Learning-to-Rank with Biased Feedback", t[722]
    assert t[747]["title"] == "Estimating Individual Advertising Effect in E-Commerce", t[747]
    assert t[764]["title"].startswith("Causal inference from observational data: Estimating"), t[764]
    assert t[772]["title"] is None, t[772]
    assert t[773]["title"] == "Algorithms for Causal Reasoning in Probability Trees", t[773]
    assert not set(t) & APP_SKIP
    assert len(papers) == 59, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each reference paragraph of the method sections 17-706 (GB/T 7714, MLA and plain styles, optional '✔'/'*'"
        " marks; 31), each '- [Title](url)' bullet of the three 'Causal with ...' lists (712-734; 15) and each paper"
        " item of the Applications company list (13, blogs/slides/tool pages 743/749/750/752/758/760/769 left out)"
        " is an entry: 59.  Title = the link text with the trailing citation '.'/'.\"' dropped, or the text before"
        " '[J]' for the link-less 603/638, the written text for 768/773, None for the bare-URL 772; authors, venue,"
        " marks and labels dropped; blockquoted blog links, Code Example lines, method-name bullets not entries.",
        "Read the whole file's non-prose lines (all lines outside blockquotes/math, plus every blockquote line with a"
        " link); compared -v for all 59 entries: the 31 references (style mix, quotes inside links 307/317, typo"
        " 'Intensit' 356, link-less 603/638), the 15 Others bullets (Google-Scholar redirect links 722-725) and the 13"
        " Applications papers (repeat 762 of 712, 764 title from the link not the blog name, DoWhy 768, bare URL 772,"
        " DeepMind 773 without a final newline); ids: arXiv from arxiv.org links and 'arXiv:' texts, DOIs from the"
        " PNAS/Springer/SIAM/degruyter/ACM links where the helper finds them.",
    )


if __name__ == "__main__":
    main()
