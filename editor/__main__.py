import sys

if sys.argv[1:2] == ["--checklist-worker"]:  # the checklist analysis child (editor.core.analysis_service)
    from editor.core.analysis_worker import main as worker_main

    worker_main()

from editor.cli import main

sys.exit(main())
