"""Held-out intake cases (third set): written blind after the fixes made on the second set, with its registry, to
measure generalisation honestly (the second set stopped being held out once failures there were fixed)."""
