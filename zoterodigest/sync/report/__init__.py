"""Reporting: what a sync, status, push or pull did, at each output level
(sync_report, pull_report, push_report)."""
