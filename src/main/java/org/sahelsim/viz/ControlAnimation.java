package org.sahelsim.viz;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * An animated GIF of the control map over all snapshots, looping, with a pause on the last
 * frame so the outcome can be read.
 */
public final class ControlAnimation {
    /** Width of a frame: smaller than the still maps to keep the file to a few megabytes. */
    public static final int FRAME_WIDTH = 800;
    /** Delay between frames, in hundredths of a second. */
    public static final int FRAME_DELAY_CS = 60;
    /** Delay on the last frame, in hundredths of a second. */
    public static final int LAST_FRAME_DELAY_CS = 300;

    private ControlAnimation() {
    }

    /** Writes one frame per snapshot date of the map's run. */
    public static void write(ControlMap map, List<LocalDate> dates, Path file) {
        if (dates.isEmpty()) throw new IllegalArgumentException("no snapshot dates to animate");
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        try {
            Files.deleteIfExists(file);
            try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
                writer.setOutput(out);
                writer.prepareWriteSequence(null);
                for (int i = 0; i < dates.size(); i++) {
                    BufferedImage frame = map.render(dates.get(i), FRAME_WIDTH);
                    int delay = i == dates.size() - 1 ? LAST_FRAME_DELAY_CS : FRAME_DELAY_CS;
                    writer.writeToSequence(new IIOImage(frame, null, metadata(writer, frame, delay, i == 0)), null);
                }
                writer.endWriteSequence();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file.getFileName(), e);
        } finally {
            writer.dispose();
        }
    }

    private static IIOMetadata metadata(ImageWriter writer, BufferedImage frame, int delayCs, boolean first)
            throws IOException {
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame), param);
        String format = meta.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
        IIOMetadataNode gce = child(root, "GraphicControlExtension");
        gce.setAttribute("disposalMethod", "none");
        gce.setAttribute("userInputFlag", "FALSE");
        gce.setAttribute("transparentColorFlag", "FALSE");
        gce.setAttribute("delayTime", Integer.toString(delayCs));
        gce.setAttribute("transparentColorIndex", "0");
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
