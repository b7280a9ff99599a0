package org.sahelsim.viz;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * An animated GIF of the control map over the snapshots, looping, with a pause on the last
 * frame so the outcome can be read.
 *
 * <p>Every frame uses the same fixed palette ({@link FramePalette}), written once for the whole
 * file. After the first, a frame holds only the rectangle that changed since the previous one,
 * its unchanged pixels transparent: the legend, the borders and most of the country cost nothing
 * after the first frame. Frames can be drawn in parallel; they are written in order, so the file
 * is the same whatever the order they were drawn in.
 */
public final class ControlAnimation {
    /** Width of a frame: half the still maps, a good size for a slide. */
    public static final int FRAME_WIDTH = 800;
    /** Delay between frames, in hundredths of a second. */
    public static final int FRAME_DELAY_CS = 60;
    /** Delay on the last frame, in hundredths of a second. */
    public static final int LAST_FRAME_DELAY_CS = 300;

    private ControlAnimation() {
    }

    /** Writes one frame per date, drawing the frames on the calling thread. */
    public static void write(ControlMap map, List<LocalDate> dates, Path file) {
        draw(map, dates, Runnable::run).write(file);
    }

    /**
     * Starts drawing one frame per date (each a snapshot date of the map's run) with the
     * executor; {@link Drawing#write} writes them as they are done.
     */
    public static Drawing draw(ControlMap map, List<LocalDate> dates, Executor executor) {
        if (dates.isEmpty()) throw new IllegalArgumentException("no snapshot dates to animate");
        ControlMap.Frames frames = map.frames(FRAME_WIDTH);
        FramePalette palette = FramePalette.forControlMap(map.sides());
        List<CompletableFuture<byte[]>> drawn = new ArrayList<>();
        for (LocalDate date : dates) {
            drawn.add(CompletableFuture.supplyAsync(() -> palette.indices(frames.render(date)), executor));
        }
        return new Drawing(frames.width(), frames.height(), palette, drawn);
    }

    /** Frames being drawn, as palette indices row by row. */
    public static final class Drawing {
        private final int width;
        private final int height;
        private final FramePalette palette;
        private final List<CompletableFuture<byte[]>> frames;

        private Drawing(int width, int height, FramePalette palette, List<CompletableFuture<byte[]>> frames) {
            this.width = width;
            this.height = height;
            this.palette = palette;
            this.frames = frames;
        }

        /** Writes the GIF, each frame as soon as it is drawn, in date order. */
        public void write(Path file) {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
            try {
                Files.deleteIfExists(file);
                try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
                    writer.setOutput(out);
                    writer.prepareWriteSequence(streamMetadata(writer, width, height, palette));
                    byte[] previous = null;
                    for (int i = 0; i < frames.size(); i++) {
                        byte[] pixels = ReportBuilder.join(frames.get(i));
                        frames.set(i, null); // let the frame go once written
                        Rectangle changed = previous == null ? new Rectangle(0, 0, width, height)
                                : changed(previous, pixels, width, height);
                        BufferedImage part = part(pixels, previous, width, changed, palette);
                        int delay = i == frames.size() - 1 ? LAST_FRAME_DELAY_CS : FRAME_DELAY_CS;
                        writer.writeToSequence(new IIOImage(part, null, metadata(writer, part, changed, delay, i == 0)), null);
                        previous = pixels;
                    }
                    writer.endWriteSequence();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file.getFileName(), e);
            } finally {
                writer.dispose();
            }
        }
    }

    /** The smallest rectangle holding every pixel that differs; one pixel if none does. */
    static Rectangle changed(byte[] before, byte[] after, int w, int h) {
        int minX = w;
        int minY = h;
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < h; y++) {
            int row = y * w;
            for (int x = 0; x < w; x++) {
                if (before[row + x] != after[row + x]) {
                    if (x < minX) minX = x;
                    if (x > maxX) maxX = x;
                    if (y < minY) minY = y;
                    maxY = y;
                }
            }
        }
        if (maxX < 0) return new Rectangle(0, 0, 1, 1);
        return new Rectangle(minX, minY, maxX - minX + 1, maxY - minY + 1);
    }

    /** The rectangle of the frame as an indexed image; pixels as in the previous frame are left transparent. */
    private static BufferedImage part(byte[] pixels, byte[] previous, int w, Rectangle r, FramePalette palette) {
        BufferedImage image = new BufferedImage(r.width, r.height, BufferedImage.TYPE_BYTE_INDEXED, palette.model());
        byte[] out = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < r.height; y++) {
            int from = (r.y + y) * w + r.x;
            for (int x = 0; x < r.width; x++) {
                byte p = pixels[from + x];
                out[y * r.width + x] = previous != null && previous[from + x] == p ? (byte) FramePalette.UNCHANGED : p;
            }
        }
        return image;
    }

    /** The screen's size and the palette as the file's one colour table. */
    private static IIOMetadata streamMetadata(ImageWriter writer, int width, int height, FramePalette palette)
            throws IOException {
        IIOMetadata meta = writer.getDefaultStreamMetadata(null);
        String format = meta.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
        IIOMetadataNode screen = child(root, "LogicalScreenDescriptor");
        screen.setAttribute("logicalScreenWidth", Integer.toString(width));
        screen.setAttribute("logicalScreenHeight", Integer.toString(height));
        screen.setAttribute("colorResolution", "8");
        screen.setAttribute("pixelAspectRatio", "0");
        IIOMetadataNode old = child(root, "GlobalColorTable");
        root.removeChild(old);
        IIOMetadataNode table = new IIOMetadataNode("GlobalColorTable");
        int[] rgb = palette.rgb();
        table.setAttribute("sizeOfGlobalColorTable", Integer.toString(rgb.length));
        table.setAttribute("backgroundColorIndex", "0");
        table.setAttribute("sortFlag", "FALSE");
        for (int i = 0; i < rgb.length; i++) {
            IIOMetadataNode entry = new IIOMetadataNode("ColorTableEntry");
            entry.setAttribute("index", Integer.toString(i));
            entry.setAttribute("red", Integer.toString(rgb[i] >> 16 & 0xFF));
            entry.setAttribute("green", Integer.toString(rgb[i] >> 8 & 0xFF));
            entry.setAttribute("blue", Integer.toString(rgb[i] & 0xFF));
            table.appendChild(entry);
        }
        root.insertBefore(table, screen.getNextSibling());
        meta.setFromTree(format, root);
        return meta;
    }

    private static IIOMetadata metadata(ImageWriter writer, BufferedImage part, Rectangle at, int delayCs, boolean first)
            throws IOException {
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(part), null);
        String format = meta.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
        IIOMetadataNode descriptor = child(root, "ImageDescriptor");
        descriptor.setAttribute("imageLeftPosition", Integer.toString(at.x));
        descriptor.setAttribute("imageTopPosition", Integer.toString(at.y));
        descriptor.setAttribute("imageWidth", Integer.toString(at.width));
        descriptor.setAttribute("imageHeight", Integer.toString(at.height));
        descriptor.setAttribute("interlaceFlag", "FALSE");
        for (int i = root.getLength() - 1; i >= 0; i--) { // the frame uses the file's colour table
            if (root.item(i).getNodeName().equals("LocalColorTable")) root.removeChild(root.item(i));
        }
        IIOMetadataNode gce = child(root, "GraphicControlExtension");
        gce.setAttribute("disposalMethod", "doNotDispose"); // the next frame draws over this one
        gce.setAttribute("userInputFlag", "FALSE");
        gce.setAttribute("transparentColorFlag", first ? "FALSE" : "TRUE");
        gce.setAttribute("delayTime", Integer.toString(delayCs));
        gce.setAttribute("transparentColorIndex", Integer.toString(FramePalette.UNCHANGED));
        if (first) { // the NETSCAPE2.0 extension: loop for ever
            IIOMetadataNode apps = child(root, "ApplicationExtensions");
            IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
            app.setAttribute("applicationID", "NETSCAPE");
            app.setAttribute("authenticationCode", "2.0");
            app.setUserObject(new byte[]{1, 0, 0});
            apps.appendChild(app);
        }
        meta.setFromTree(format, root);
        return meta;
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) return (IIOMetadataNode) root.item(i);
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }
}
