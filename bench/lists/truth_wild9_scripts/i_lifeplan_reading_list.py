"""Wild9 truth for ZhichenML/LifePlan Past_Plan.md: a PhD student's research plan and 'papers to read'
list (reinforcement learning, module networks, NAS), kept as a personal Markdown notebook.

Shape: 'Past plan' / '# Life Plan', a '## Research List' of '- [ ] ' checkbox bullets (a person, a
course, papers; one paper wrapped in '<details><summary>[Title](url) </summary>' with a note, one
paper with an empty '()' URL), then '## Web interface learner' with prose (inline paper links),
'Challenges'/'Contribution'/'To do list' bullets, 'Related project' links (GitHub, MiniWoB++), and
'### Paper list' with '####' topic sections of bullets '- [ ] [Title](url)' / '- [x] ...' / plain
'- [Title](url)'; note lines under some bullets; titles sometimes prefixed with an arXiv id
'[[1612.00222] Title](url)' or suffixed with the page's site name ' \\| OpenReview' / ' \\| DeepMind';
two link texts broken over two lines (166-167, 320-321); one empty '- [ ] ' (129); then
'### researcher' (people), '### progress' (prose), '### Implementation list' with platforms (tools),
a VAE item whose link is broken by a line break (272 '- [Title](url' + 273 '- <openreview url>)',
rendered as two bullets), an MIT course, and a long 'Grounded neural network architecture' list
(one item written '- [x] ## [Title](url)', a GitHub awesome list, a Depth First Learning curriculum
page), then closing prose.

Entry: a bullet whose subject is one paper: 139 = 155 bullets carrying a link or autolink (153 with
'](' or '<http' on the bullet line, counted with grep, + the two line-broken link texts) minus the 16
NOT_PAPERS bullets (people, courses, GitHub projects/lists, tools, the MiniWoB++ repo, the Depth
First Learning page), each listed by line.  Repeats (the same paper in two
sections) are separate entries.  Not entries: inline links in the prose paragraph (line 42), the
'**Main Task** -- url' line.  Title: the link text, without an arXiv-id prefix '[1612.00222] ' and
without a site-name suffix ' | OpenReview' / ' | DeepMind'; '(Differentiable)' glued to DARTS' title
is the list's own tag and is dropped; typos kept ('memoryw', 'IQ of Neural Networks').  Line 189's
link text is only the URL in parentheses and line 273 is a bare autolink: title null.  Entry span:
the bullet and its indented note lines (and the '</details>' line for 18-20).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild9 import entry, read_lines, write_truth

NAME = "ZhichenML__LifePlan__Past_Plan@63e7145.md"
LINES = read_lines(NAME)
NOT_PAPERS = {13: "person", 15: "course", 67: "GitHub org", 68: "MiniWoB++ environment repo",
              69: "GitHub issue", 70: "GitHub awesome list", 248: "person", 249: "person", 250: "person",
              265: "tool docs", 266: "tool docs", 267: "tool repo", 268: "tool repo", 277: "course",
              312: "GitHub awesome list", 343: "Depth First Learning curriculum page"}
BULLET = re.compile(r"^(\s*)- (?:\[[ x]\] )?(.*)$")


def link_text(s: str) -> str | None:
    """Text of the first Markdown link in s, brackets balanced ('[[1612.00222] T](u)' -> '[1612.00222] T')."""
    start = s.find("[")
    while start != -1:
        depth, j = 0, start
        while j < len(s):
            if s[j] == "[":
                depth += 1
            elif s[j] == "]":
                depth -= 1
                if depth == 0:
                    break
            j += 1
        if j < len(s) and s[j + 1 : j + 2] == "(":
            return s[start + 1 : j]
        start = s.find("[", start + 1)
    return None


def clean_title(t: str) -> str | None:
    t = t.strip().strip("*").strip()
    if re.fullmatch(r"\(https?://\S+\)", t):
        return None
    t = re.sub(r"^\[\d{4}\.\d{4,5}(v\d+)?\]\s*", "", t)
    t = re.sub(r"\s*\\\|\s*(OpenReview|DeepMind)$", "", t)
    t = t.replace("Search(Differentiable)", "Search")
    return t


def main() -> None:
    papers, skipped = [], set()
    n = len(LINES)
    i = 1
    while i <= n:
        text = LINES[i - 1]
        m = BULLET.match(text)
        broken = bool(m) and "](" not in text and i < n and "](" in LINES[i] and LINES[i].startswith("  ")
        if not m or not (re.search(r"\]\(|<https?://", text) or broken):
            i += 1
            continue
        body = m.group(2)
        first, last = i, i
        # a link text broken over two lines (166-167, 320-321): join with the next line
        if broken:
            assert i in (166, 320), i
            last = i + 1
            body = body + " " + LINES[i].strip()
        # note lines / closing tags indented under the bullet
        j = last + 1
        while j <= n and LINES[j - 1].startswith("  ") and not BULLET.match(LINES[j - 1]) and LINES[j - 1].strip():
            last = j
            j += 1
        if first in NOT_PAPERS:
            skipped.add(first)
            i = last + 1
            continue
        lt = link_text(body)
        if lt is None:
            assert re.match(r"<https?://", body), (first, body)
            title = None
        else:
            title = clean_title(lt)
        papers.append(entry(LINES, first, last, title))
        i = last + 1
    assert skipped == set(NOT_PAPERS), set(NOT_PAPERS) - skipped
    lines_of = [p["line"] for p in papers]
    assert 42 not in lines_of and 74 not in lines_of and 129 not in lines_of
    assert len(papers) == 139, len(papers)
    write_truth(NAME, "wild9_development", papers,
                "every bullet (checkbox or plain) whose subject is one paper is an entry, including the <details>"
                " item, the '()'-URL item, the '- [x] ## [Title]' item and both halves of the line-broken VAE link;"
                " title = the link text without an '[arXiv id] ' prefix, a ' | OpenReview'/' | DeepMind' suffix or"
                " DARTS' '(Differentiable)' tag, null for a URL-only link text or a bare autolink; bullets on people,"
                " courses, GitHub projects/lists, tools and a curriculum page, and inline prose links, are not entries",
                "every linked bullet listed and compared with the file (153 linked bullet lines by grep + 2 two-line"
                " link texts = 155, 16 non-papers excluded one by one = 139), the two-line link texts 166-167 and 320-321, the details item"
" 18-20, note lines attached to their bullets, arXiv-id prefixes and OpenReview suffixes removed, the"
                " MIT Press DOI of line 288, lines 189 and 273 with null titles, repeats kept")


if __name__ == "__main__":
    main()
