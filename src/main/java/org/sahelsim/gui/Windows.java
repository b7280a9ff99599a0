package org.sahelsim.gui;

import java.awt.Window;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.CountDownLatch;
import javax.swing.SwingUtilities;

/** What every teaching window does with Swing's event thread: run on it, and wait for a window to close. */
final class Windows {
    private Windows() {
    }

    /** Runs {@code r} on the event thread and waits for it (at once if already there). */
    static void onEventThread(Runnable r) {
        if (SwingUtilities.isEventDispatchThread()) {
            r.run();
            return;
        }
        try {
            SwingUtilities.invokeAndWait(r);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while opening the windows", e);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        }
    }

    /** Blocks until the user closes {@code window} (at once if it is closed already). */
    static void awaitClosed(Window window) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        onEventThread(() -> {
            if (!window.isDisplayable()) {
                closed.countDown();
                return;
            }
            window.addWindowListener(new java.awt.event.WindowAdapter() {
                @Override
                public void windowClosed(java.awt.event.WindowEvent e) {
                    closed.countDown();
                }
            });
        });
        closed.await();
    }
}
