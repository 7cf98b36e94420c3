"""The command line (`reskontra …`): the edge package; it may import every other package, none imports it."""
