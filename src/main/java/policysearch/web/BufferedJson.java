package policysearch.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;

/**
 * The API's JSON writer for Javalin: answers are serialised to a byte array on the request's
 * thread. Javalin's own {@code JavalinJackson.toJsonStream} fills a pipe from another thread; for
 * answers of a few tens of KB those hand-offs cost milliseconds on a busy 2-core machine, the copy
 * costs microseconds. The API reads no JSON bodies through Javalin, so only writing is implemented.
 */
final class BufferedJson implements JsonMapper {
  private final ObjectMapper mapper;

  BufferedJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public String toJsonString(Object obj, Type type) {
    try {
      return mapper.writeValueAsString(obj);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public InputStream toJsonStream(Object obj, Type type) {
    try {
      return new ByteArrayInputStream(mapper.writeValueAsBytes(obj));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
