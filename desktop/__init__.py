import logging

# Core modules log to "renpam.*"; only the entry points decide where that goes (desktop.logs).
# Without them (a library user, a test) nothing is printed: the library convention.
logging.getLogger("renpam").addHandler(logging.NullHandler())
