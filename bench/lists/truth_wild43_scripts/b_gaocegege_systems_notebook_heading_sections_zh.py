"""Wild43 truth for gaocegege/papers-notebook README.md: a graduate student's (SJTU software school) Chinese
paper notebook on distributed systems, virtualization, sandboxing, systems, security, big data and networking; the
newest commit (2019) says notes have moved to the repository's issues, but the README still holds the notebook.

Shape (803 lines): "# 论文笔记", an intro paragraph, a bold note, a nested "## 目录(TOC)" list of anchor links
(9-93), then "## Area" / "### Topic" / "#### Paper" headings.  A "#### " section names one paper (Mesos, Borg,
Sparrow ...) or several (Paxos 299: five papers; Janus 500: three; Tarcil 208, Eagle 217, Hadoop 759, Spark 768: two
each) as "* [Title](pdf-url)" bullets or a bare "[Title](url)" line, followed by other bullets (GitHub repo, USENIX
slides, "Slides by me", an InfoQ news item, the owner's blog "CSP 课堂笔记之 Hypervisor", a project website
appanalysis.org, a reposted blog on BROP) and then Chinese notes, sometimes with "> question" quotes (homework
questions) or a fenced "// TODO Wait to read" / "// TODO Add the notes" block.  The "## 沙箱(Sandboxing)" area
(484) itself links a survey paper (IJCA 2016) above its prose.  "### 调度器" (97) starts with two blog links (Medium,
InfoQ) and a prose paragraph naming Mesos/Omega/Yarn/Borg inline.  Special cases: the Mercury link text breaks
across two lines (178-179, the "](" on the next line); five link texts append authors and venue after a comma
(371 "..., Xingda Wei, ... SOSP 2015", 391, 411, 687, 789); the Tail-at-Scale link text is a full citation
('Dean, Jeffrey, and Luiz André Barroso. "The tail at scale." Communications of the ACM ...', 667); Tarcil's two
links are the SoCC 2015 paper and the 2014 tech report (two works); "Hacking Blind" links "www..." without scheme
(748); "Realtime Data Processing at Facebook" links its DBLP record (781).  Inline links inside notes: a Google
cluster-data dataset (174), asm.js (543), a demo video (742).

Decisions:
- Entries (64): every paper linked by a "* [" bullet or a bare "[" line at the head of a "#"-section, spanning the
  section (its heading through the last non-blank line before the next heading).  A section linking several
  papers gives one entry per paper, all on the section's lines (a record naming several papers); the
  survey linked by the "## 沙箱" area heading is an entry spanning 484-494.  Not entries: the TOC, the two blog
  links of "### 调度器" (99-100) and its prose, and every non-paper bullet inside a section (code repos, slides, news,
  blog posts, the TaintDroid project site 738, the BROP blog repost 749), and the inline dataset/tool/video links.
- Title = the link text, markup removed; the authors/venue after the comma dropped for 371, 391, 411, 687, 789; the
  quoted title taken from the citation of 667; the Mercury title joined across its line break.
- Ids: no arXiv id except ERA (194, arxiv.org/pdf/1702.07311); the ACM "delivery.acm.org/10.1145/2760000/2750392/..."
  PDF path (236) is a storage path, not a DOI written out, so no DOI is recorded; the "dl.acm.org/citation.cfm?
  doid=2901318.2901354" link (202) writes no "10." DOI either.  No DOIs in the file.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild43 import entry, read_lines, write_truth

NAME = "gaocegege__papers-notebook__README@2f6c3fb.md"
PART = "wild43_development"

TOC_END = 93
LINK = re.compile(r"^(?:\* )?\[(?P<text>[^\]]+)\]\(")
# bullets/lines at the head of sections that are not papers
NOT_PAPERS = {
    99: "Comparison of Container Schedulers",
    100: "集群调度框架的架构演进之路",
    109: "Apache Mesos",
    146: "Sparrow in GitHub",
    159: "Slides in USENIX",
    168: "Slides in USENIX ATC 2015",
    180: "Slides in USENIX ATC 2015",
    187: "https://github.com/camsas/firmament",
    188: "Firmament in Kubernetes",
    285: "Slides",
    434: "LinkedIn 开源其分布式对象存储系统 Ambry",
    435: "Slides by me",
    450: "CSP 课堂笔记之 Hypervisor",
    459: "CSP 课堂笔记之 Hypervisor",
    470: "Open source in GitHub",
    537: "论文笔记 in GitHub",
    609: "Slides",
    738: "Realtime Privacy Monitoring on Smartphones",
    749: "【转载】Blind Return Oriented Programming (BROP) Attack - 攻击原理",
}
COMMA_AUTHORS = {
    371: "Fast In-memory Transaction Processing using RDMA and HTM",
    391: "Using One-Sided RDMA Reads to Build a Fast, CPU-Efficient Key-Value Store",
    411: "Fast and Concurrent RDF Queries with RDMA-based Distributed Graph Exploration",
    687: "Non-scalable locks are dangerous",
    789: "The Click modular router",
}
CITATION = 667
MERCURY = 178
FAKE_DOI = 236


def main() -> None:
    lines = read_lines(NAME)
    heads = [n for n, ln in enumerate(lines, 1) if ln.startswith("#") and n > TOC_END]
    papers = []
    seen_not = set()
    for i, h in enumerate(heads):
        stop = heads[i + 1] if i + 1 < len(heads) else len(lines) + 1
        last = max(k for k in range(h, stop) if lines[k - 1].strip())
        for n in range(h + 1, stop):
            text = lines[n - 1]
            if n == MERCURY:
                assert text.startswith("* [Mercury") and lines[n].startswith("](")
                papers.append(entry(lines, h, last, text[3:]))
                continue
            m = LINK.match(text)
            if not m:
                continue
            title = m.group("text")
            if n in NOT_PAPERS:
                assert title == NOT_PAPERS[n], (n, title)
                seen_not.add(n)
                continue
            if n in COMMA_AUTHORS:
                assert title.startswith(COMMA_AUTHORS[n] + ", "), (n, title)
                title = COMMA_AUTHORS[n]
            if n == CITATION:
                title = re.search(r'"(.+?)\."', title).group(1)
            e = entry(lines, h, last, title)
            if n == FAKE_DOI:
                assert e["doi"] == "10.1145/2760000/2750392/p158-kanev", e["doi"]
                e["doi"] = None
            papers.append(e)
    assert seen_not == set(NOT_PAPERS), set(NOT_PAPERS) - seen_not
    assert len(papers) == 64, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each paper linked ('* [Title](url)' or '[Title](url)') at the head of a heading section is an entry spanning"
        " the section (heading through last non-blank line); sections linking several papers give one entry per"
        " paper on the same lines; title = link text (authors/venue after a comma dropped, the quoted title of the"
        " one citation-style link); TOC, blog/news/slides/code/project-site links and inline links in notes are not"
        " entries; the delivery.acm.org PDF path is not taken as a DOI (64).",
        "All 82 headings after the TOC (53 '####' paper sections) and every link line checked against the -v output: the 19 non-paper link lines"
        " (asserted by text), multi-paper sections Paxos (5), Janus (3), Tarcil/Eagle/Hadoop/Spark (2 each) on shared"
        " spans, the Sandboxing survey under the '##' area heading (484-494), the Mercury title across 178-179, the"
        " comma-author titles 371/391/411/687/789 cut before the authors, the Tail-at-Scale citation (667), spans"
        " ending on TODO fences, 'Hacking Blind' without URL scheme, ERA's arXiv id, no DOI (236 cleared, 202 none),"
        " and the inline dataset/asm.js/video links (174, 543, 742) left inside their sections.",
    )


if __name__ == "__main__":
    main()
