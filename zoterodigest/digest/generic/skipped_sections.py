"""Which sections of a list are its own housekeeping (contents, news, citation, contributing...),
read for no papers or only for the papers they link."""

from __future__ import annotations

import re

#: Sections that list no papers of the list (its own housekeeping).
SKIP_SECTION = re.compile(
    r"^\W*+(?:(?:\w[\w\-]*+[ \t]++){1,3}(?:news|updates)|news|latest news|(?:newsworthy|news)[ \t]++(?:stories|articles|coverage)|(?:media|press)[ \t]++coverage|updates?|changelog|what'?s new|to ?do|contribut\w*|licen[cs]e|citation|cite|how to cite|contact|"
    r"star history|acknowledge?ments?|dictionary|glossary|abbreviations?|related (?:lists|repos\w*|awesome\w*)|"
    r"awesome lists?|other (?:awesome )?lists?|(?:related |youtube )?(?:workshops?|talks?|videos?|courses?|lectures?|blogs?|blog posts|"
    r"podcasts?|events?|books?|patents?(?:[ \t]*+(?:/|&|and)[ \t]*+[a-z]++)?|newsletters?|people|companies|jobs|presentations?|slides|writing|advice|tips"
    # (a CV's other parts: "Professional Service", "Teaching", "Awards and Honors", "Grants")
    r"|(?:professional|academic|university|departmental|community|editorial)[ \t]++service|service|teaching(?:[ \t]++experience)?"
    r"|awards?(?:[ \t]++(?:and|&)[ \t]++honou?rs)?|honou?rs(?:[ \t]++(?:and|&)[ \t]++awards?)?|grants?|funding|editorial[ \t]++boards?|reviewing|engagements|outreach|committees?|memberships?)"
    r"|(?:招待)?講演|寄稿|編集|プレスリリース|報道|新闻|动态|讲座|(?:发明)?专利|特許|특허|专著(?:/教材)?"  # (talks, columns, editing, press, news, lectures, patents, monographs)
    r"|(?:口頭|ポスター)発表(?:・デモ展示)?|デモ展示|受賞(?:等|歴)?|書籍(?:・解説記事)?|著書|メディア掲載(?:等)?|获奖(?:情况)?"  # (oral and poster presentations, demos, awards, books, media)
    # (white papers, reports, lectures, talks, video courses, meetings: "白皮书及报告", "会议交流及讲座"; never "论文报告")
    r"|(?![^\n]*(?:论文|文献))[\u4e00-\u9fff]{0,8}(?:白皮书|报告|讲座|演讲|视频课程|课程|会议交流)[\u4e00-\u9fff]{0,8})\W*$",
    re.IGNORECASE,
)


#: A table of contents: skipped as a section of its own, but a list may put its papers
#: under a "Contents" heading as sub-sections ("## Contents", "### Vision", ...).
CONTENTS = re.compile(r"^\W*(?:table of contents?|contents|toc|目录)\W*$", re.IGNORECASE)


#: Housekeeping sections that never list the list's papers; the other skipped sections (news,
#: updates, related lists...) may link papers: there a record counts only when it links one and
#: is no news sentence ("Our paper X has been accepted").
NEVER_PAPERS = re.compile(r"\b(?:citation|cite|licen[cs]e|contribut\w*|acknowledge?ments?|contact|star history|dictionary|"
                           r"glossary|abbreviations?)\b",
                           re.IGNORECASE)
#: Sections of advice (``#### Writing``, ``#### Presentation``): notes and slides on how to work, none a paper.
ADVICE = re.compile(r"^\W*+(?:presentations?|slides|writing|advice|tips)\W*$", re.IGNORECASE)
PAPERS = re.compile(r"\bpapers?\b|\breferences?\b|\breadings?\b|\bbibliography\b|论文|文献", re.IGNORECASE)


def skipped_section(path: list[str]) -> bool:
    """True inside a section that is no part of the list proper (contents, news, contributing...);
    a sub-section whose heading names papers is read however its parent is named.  Of these
    only news, updates, to-do and related lists are read at all, for the records that link
    a paper (see :func:`zoterodigest.digest.generic._candidates`)."""
    return skipped_by(path) is not None


#: Housekeeping that owns no sub-section: a list's topics one level below ``## Citation`` are its own.
LEAF = re.compile(r"\b(?:citation|cite|licen[cs]e|contribut\w*|acknowledge?ments?|contact|star history)\b", re.IGNORECASE)
CITING = re.compile(r"\b(?:bib\w*|cit\w+|references?|how\b)", re.IGNORECASE)


def skipped_by(path: list[str]) -> int | None:
    """The heading of ``path`` that makes its section skipped, or None."""
    for n, h in enumerate(path):
        if SKIP_SECTION.match(h) and not any(PAPERS.search(x) for x in path[n + 1 :]):
            if n + 1 < len(path) and LEAF.search(h) and not any(CITING.search(x) or SKIP_SECTION.match(x) for x in path[n + 1 :]):
                continue
            return n
    return len(path) - 1 if path and CONTENTS.match(path[-1]) else None


def heading_skipped(parents: list[str]) -> bool:
    """True for a heading under a skipped section (``parents``: the headings above it); a heading one level
    under "Contents" is one of the list's own sections, its paper a paper (``# Contents`` / ``## Title``)."""
    by = skipped_by(parents)
    return by is not None and not CONTENTS.match(parents[by])
