"""Bench devices: serial scanners, scales, printers by URI and the persistent print queue.

Plain threads and callbacks, no Qt (station.ui.device_status turns callbacks into signals).
Entry points: ``hub.Devices`` (everything from the settings), ``scanner.SerialScanner``,
``scale.SerialScale`` / ``scale.HidScale``, ``printqueue.PrintQueue`` / ``printqueue.PrintWorker``,
``printers.make_printer``, ``labelcheck.check_label``, ``checks.check_printer/scanner/scale``.
"""
