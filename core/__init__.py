"""Reskontra receivables core: the domain. Imports neither `intake` nor `web`."""
