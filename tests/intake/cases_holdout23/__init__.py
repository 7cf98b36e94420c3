"""Twenty-third held-out set (written blind): a fourth ordinary month from agencies not heard from before."""
